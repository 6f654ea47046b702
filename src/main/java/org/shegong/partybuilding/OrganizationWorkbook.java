package org.shegong.partybuilding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * The spreadsheet of organizations: one header row, then one organization per row in the columns of
 * {@link #HEADERS}. Kind and size may be written in Chinese (企业, 社会团体, 民办非企业单位, 基金会, 平台企业;
 * 大型, 中型, 小型, 微型) or as the English constant. Reading never throws on a bad cell: the row carries its problems.
 */
final class OrganizationWorkbook {

    static final List<String> HEADERS = List.of("统一社会信用代码", "名称", "类别", "行业", "规模", "主管部门编号", "区划代码",
            "从业人员数", "正式党员数");

    private static final Map<String, OrganizationKind> KINDS = Map.of("企业", OrganizationKind.ENTERPRISE, "非公企业",
            OrganizationKind.ENTERPRISE, "社会团体", OrganizationKind.ASSOCIATION, "民办非企业单位",
            OrganizationKind.PRIVATE_NON_ENTERPRISE, "社会服务机构", OrganizationKind.PRIVATE_NON_ENTERPRISE, "基金会",
            OrganizationKind.FOUNDATION, "平台企业", OrganizationKind.PLATFORM_COMPANY);
    private static final Map<String, OrganizationSize> SIZES = Map.of("大型", OrganizationSize.LARGE, "中型",
            OrganizationSize.MEDIUM, "小型", OrganizationSize.SMALL, "微型", OrganizationSize.MICRO);

    /** One data row: its 1-based spreadsheet number, what it says, and what could not be read. */
    record Row(int number, NewOrganization organization, List<ImportRejected.Problem> problems) {
    }

    private OrganizationWorkbook() {
    }

    static List<Row> read(InputStream in, int maxRows) {
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row == null || blank(row, format)) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new InvalidInput("file", "partybuilding.import.tooManyRows", maxRows);
                }
                rows.add(parse(r + 1, row, format));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("file", "partybuilding.import.unreadable");
        }
    }

    private static boolean blank(org.apache.poi.ss.usermodel.Row row, DataFormatter format) {
        for (int c = 0; c < HEADERS.size(); c++) {
            if (!text(row.getCell(c), format).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Row parse(int number, org.apache.poi.ss.usermodel.Row row, DataFormatter format) {
        List<ImportRejected.Problem> problems = new ArrayList<>();
        String kindText = text(row.getCell(2), format);
        OrganizationKind kind = KINDS.get(kindText);
        if (kind == null && !kindText.isEmpty()) {
            kind = constant(OrganizationKind.class, kindText);
        }
        if (kind == null) {
            problems.add(new ImportRejected.Problem(number, "kind", "partybuilding.kind.unknown", kindText));
        }
        String sizeText = text(row.getCell(4), format);
        OrganizationSize size = SIZES.get(sizeText);
        if (size == null && !sizeText.isEmpty()) {
            size = constant(OrganizationSize.class, sizeText);
        }
        if (size == null) {
            problems.add(new ImportRejected.Problem(number, "size", "partybuilding.size.unknown", sizeText));
        }
        Long unit = number(row.getCell(5), format, number, "competentUnitId", problems);
        Long employees = number(row.getCell(7), format, number, "employees", problems);
        Long members = number(row.getCell(8), format, number, "fullMembers", problems);
        NewOrganization o = new NewOrganization(text(row.getCell(0), format), text(row.getCell(1), format), kind,
                text(row.getCell(3), format), size, unit, text(row.getCell(6), format),
                employees == null ? null : (int) Math.min(employees, Integer.MAX_VALUE),
                members == null ? null : (int) Math.min(members, Integer.MAX_VALUE));
        return new Row(number, o, problems);
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Long number(@Nullable Cell cell, DataFormatter format, int row, String field,
            List<ImportRejected.Problem> problems) {
        String t = text(cell, format);
        if (t.matches("\\d{1,12}")) {
            return Long.parseLong(t);
        }
        problems.add(new ImportRejected.Problem(row, field, "partybuilding.import.notANumber", t));
        return null;
    }

    private static String text(@Nullable Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        return format.formatCellValue(cell).strip();
    }

    /** A workbook with the header row and the given rows (tests and the template download). */
    static byte[] write(List<List<String>> rows) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("organizations");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
