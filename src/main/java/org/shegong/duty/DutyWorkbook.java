package org.shegong.duty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel form of a duty list: the published template, reading an upload into candidate rows
 * (content-checked: an xlsx file is a zip archive), and writing a version out.
 */
final class DutyWorkbook {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final List<String> HEADER = List.of("事项编码", "事项名称", "类型(基本/配合/收回)", "覆盖分类编码", "牵头部门");
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    private DutyWorkbook() {
    }

    static List<DutyItemPolicy.Candidate> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw whole("duty.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        if (bytes.length < ZIP_MAGIC.length || !java.util.Arrays.equals(bytes, 0, 4, ZIP_MAGIC, 0, 4)) {
            throw whole("duty.import.notXlsx");
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw whole("duty.import.header");
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(0);
            if (header == null || !text(format, header, 0).equals(HEADER.get(0)) || !text(format, header, 1).equals(HEADER.get(1))) {
                throw whole("duty.import.header");
            }
            List<DutyItemPolicy.Candidate> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r == null) {
                    continue;
                }
                String code = text(format, r, 0);
                String name = text(format, r, 1);
                String type = text(format, r, 2);
                String categories = text(format, r, 3);
                String lead = text(format, r, 4);
                if ((code + name + type + categories + lead).isBlank()) {
                    continue;
                }
                rows.add(new DutyItemPolicy.Candidate(i + 1,
                        new DutyItemInput(code, name, type, List.of(categories), lead.isEmpty() ? null : lead)));
            }
            if (rows.size() > DutyItemPolicy.MAX_ITEMS) {
                throw whole("duty.import.tooManyRows", DutyItemPolicy.MAX_ITEMS);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DutyListRejected r) {
                throw r;
            }
            // POI signals a corrupt, encrypted or non-OOXML zip with assorted runtime exceptions
            throw whole("duty.import.notXlsx");
        }
    }

    static byte[] template(List<Category> categories) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            header(book.createSheet("履行职责事项清单"));
            Sheet help = book.createSheet("说明");
            String[] lines = {
                    "每行一个事项；第1行为表头，请勿修改。",
                    "类型：基本 = 基本履职事项；配合 = 配合履职事项；收回 = 上级部门收回事项。",
                    "覆盖分类编码：一个或多个分类编码，用逗号分隔，如 CJ-01,CJ-02。",
                    "牵头部门：配合、收回事项必填，填写县级职能部门的单位名称或单位ID。",
                    "导入时整表校验，任一行有误则整表不导入，并列出所有错误行。",
                    "", "分类编码", };
            int r = 0;
            for (String line : lines) {
                help.createRow(r++).createCell(0).setCellValue(line);
            }
            for (Category c : categories) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(c.code());
                row.createCell(1).setCellValue(c.nameZh());
                row.createCell(2).setCellValue(c.nameEn());
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(DutyListVersion list, LongFunction<String> unitName) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("履行职责事项清单");
            header(sheet);
            int r = 1;
            for (DutyItem item : list.items()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(item.code());
                row.createCell(1).setCellValue(item.name());
                row.createCell(2).setCellValue(switch (item.type()) {
                    case BASIC -> "基本";
                    case ASSISTING -> "配合";
                    case WITHDRAWN -> "收回";
                });
                row.createCell(3).setCellValue(String.join(",", item.categoryCodes()));
                row.createCell(4).setCellValue(item.leadUnitId() == null ? "" : unitName.apply(item.leadUnitId()));
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < HEADER.size(); i++) {
            h.createCell(i).setCellValue(HEADER.get(i));
            sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 18 * 256);
        }
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private static String text(DataFormatter format, Row row, int col) {
        Cell cell = row.getCell(col);
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }

    private static DutyListRejected whole(String key, Object... args) {
        return new DutyListRejected(List.of(new DutyListRejected.Problem(null, "file", key, args)));
    }
}
