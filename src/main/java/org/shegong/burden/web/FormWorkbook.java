package org.shegong.burden.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shegong.InvalidInput;
import org.shegong.burden.DataForms;

/**
 * Excel fill-in of a form: the template lists one field a row (key, label, pre-filled or current value); the upload
 * reads the same rows back (column A key, column C value). At most 200 rows are read.
 */
final class FormWorkbook {

    static final int MAX_ROWS = 200;

    private FormWorkbook() {
    }

    static byte[] template(DataForms.FillView view) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("填报");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("字段 key");
            head.createCell(1).setCellValue("名称 label");
            head.createCell(2).setCellValue("填报值 value");
            int r = 1;
            for (DataForms.FillValue v : view.values()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(v.field().key());
                row.createCell(1).setCellValue(v.field().label());
                row.createCell(2).setCellValue(v.value());
            }
            sheet.setColumnWidth(1, 30 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The aggregate as a sheet: one row for the region's total, one per child region; sum and average per numeric field. */
    static byte[] aggregate(DataForms.Aggregate a) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("汇总");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("区划代码 Code");
            head.createCell(1).setCellValue("名称 Name");
            head.createCell(2).setCellValue("已报送 Submitted");
            int c = 3;
            for (var f : a.numericFields()) {
                head.createCell(c++).setCellValue(f.label() + " 合计 sum");
                head.createCell(c++).setCellValue(f.label() + " 平均 average");
            }
            int r = 1;
            for (DataForms.AggregateRow row : java.util.stream.Stream.concat(java.util.stream.Stream.of(a.total()),
                    a.children().stream()).toList()) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.regionCode());
                x.createCell(1).setCellValue(row.name());
                x.createCell(2).setCellValue(row.submitted());
                int col = 3;
                for (var f : a.numericFields()) {
                    var sum = row.sums().get(f.position());
                    var avg = row.averages().get(f.position());
                    if (sum != null) {
                        x.createCell(col).setCellValue(sum.doubleValue());
                    }
                    if (avg != null) {
                        x.createCell(col + 1).setCellValue(avg.doubleValue());
                    }
                    col += 2;
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> read(InputStream in) {
        Map<String, String> values = new LinkedHashMap<>();
        try (Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (int i = 1; i <= Math.min(sheet.getLastRowNum(), MAX_ROWS); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                Cell key = row.getCell(0);
                Cell value = row.getCell(2);
                if (key != null && !format.formatCellValue(key).isBlank()) {
                    values.put(format.formatCellValue(key).strip(), value == null ? "" : format.formatCellValue(value));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("file", "burden.excel.unreadable");
        }
        return values;
    }
}
