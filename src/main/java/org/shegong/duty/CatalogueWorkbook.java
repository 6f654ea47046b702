package org.shegong.duty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shegong.InvalidInput;

/**
 * The category catalogue as an Excel workbook: one row per item (field, category, item code, names, usual handling
 * unit, time-limit class, callers' words, active). Exported for review; imported back after editing, where a row
 * without an item code adds an item to its category. The workbook is small (a few hundred rows): it is read whole,
 * after its size is checked, with POI's zip-bomb guard in force.
 */
final class CatalogueWorkbook {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 2_000;
    static final List<String> HEADER = List.of("领域", "分类编码", "分类名称", "事项编码", "事项名称", "英文名称",
            "常见承办单位", "时限类别", "来电常用词", "启用");
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    /** One row read: its number in the sheet (1 = header), the item's code (empty for a new item) and what it becomes. */
    record Row(int row, String code, String categoryCode, CategoryCatalogue.ItemInput input) {
    }

    private CatalogueWorkbook() {
    }

    static byte[] write(List<CategoryField> tree, List<CategoryItem> items) {
        Map<String, Category> categories = tree.stream().flatMap(f -> f.categories().stream())
                .collect(Collectors.toMap(Category::code, Function.identity()));
        Map<String, Category> fields = tree.stream().map(CategoryField::field)
                .collect(Collectors.toMap(Category::code, Function.identity()));
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("派单目录");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 1;
            for (CategoryItem item : items) {
                Category category = categories.get(item.categoryCode());
                Category field = fields.get(item.fieldCode());
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                String[] cells = { field == null ? item.fieldCode() : field.nameZh(), item.categoryCode(),
                        category == null ? "" : category.nameZh(), item.code(), item.nameZh(), item.nameEn(), item.unitKind(),
                        item.limitClass(), item.keywords(), item.active() ? "是" : "否" };
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            for (int i = 0; i < HEADER.size(); i++) {
                sheet.setColumnWidth(i, i == 8 ? 60 * 256 : 16 * 256);
            }
            Sheet help = book.createSheet("说明");
            String[] lines = { "每行一个事项；第1行为表头，请勿修改。",
                    "事项编码留空 = 在该分类下新增事项；填写已有编码 = 修改该事项（分类不可改）。",
                    "时限类别：EMERGENCY（紧急）、UTILITIES（水电气热）、ORDINARY（一般）。",
                    "来电常用词：用空格分隔，含同义词、方言、常见错字，用于登记时推荐分类。",
                    "启用：是 / 否。导入时整表校验，任一行有误则整表不导入，并列出所有错误行。" };
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Row> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("file", "duty.catalogue.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        if (bytes.length < ZIP_MAGIC.length || !Arrays.equals(bytes, 0, 4, ZIP_MAGIC, 0, 4)) {
            throw new InvalidInput("file", "duty.catalogue.import.notXlsx");
        }
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                if (header == null || !HEADER.get(i).equals(text(format, header.getCell(i)))) {
                    throw new InvalidInput("file", "duty.catalogue.import.header");
                }
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new InvalidInput("file", "duty.catalogue.import.tooManyRows", MAX_ROWS);
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] c = new String[HEADER.size()];
                for (int i = 0; i < c.length; i++) {
                    c[i] = text(format, row.getCell(i));
                }
                if (String.join("", c).isBlank()) {
                    continue;
                }
                boolean active = !List.of("否", "N", "NO", "FALSE", "0").contains(c[9].toUpperCase(java.util.Locale.ROOT));
                rows.add(new Row(r + 1, c[3], c[1], new CategoryCatalogue.ItemInput(c[4], c[5], c[6], c[7], c[8], active)));
            }
            return rows;
        } catch (InvalidInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI signals a corrupt, encrypted, oversized or non-OOXML zip with assorted exceptions
            throw new InvalidInput("file", "duty.catalogue.import.notXlsx");
        }
    }

    private static String text(DataFormatter format, org.apache.poi.ss.usermodel.@org.jspecify.annotations.Nullable Cell cell) {
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }
}
