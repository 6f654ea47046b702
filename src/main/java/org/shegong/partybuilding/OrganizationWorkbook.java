package org.shegong.partybuilding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * The spreadsheet of organizations: one header row, then one organization per row in the columns of
 * {@link #HEADERS}. Kind and size may be written in Chinese (企业, 社会团体, 民办非企业单位, 基金会, 平台企业;
 * 大型, 中型, 小型, 微型) or as the English constant. Reading never throws on a bad cell: the row carries its problems.
 * Cells are read as the sheet shows them (a number formatted as text reads the same as the number).
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

    /**
     * Reads the first sheet as a stream (the SAX event API: rows are parsed as they arrive, the sheet is never held
     * as a tree), refusing more than {@code maxRows} data rows.
     */
    static List<Row> read(InputStream in, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInput("file", "partybuilding.import.unreadable");
            }
            Collector rows = new Collector(maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), rows, new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.rows;
        } catch (InvalidInput invalid) {
            throw invalid;
        } catch (Exception e) {
            throw new InvalidInput("file", "partybuilding.import.unreadable");
        }
    }

    /** Collects the cells of each data row as text (what the sheet shows) and parses the row at its end. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<Row> rows = new ArrayList<>();
        private final int maxRows;
        private String[] cells = new String[HEADERS.size()];

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new String[HEADERS.size()];
        }

        @Override
        public void cell(String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column < cells.length && value != null) {
                cells[column] = value.strip();
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0 || Arrays.stream(cells).allMatch(c -> c == null || c.isEmpty())) {
                return;
            }
            if (rows.size() == maxRows) {
                throw new InvalidInput("file", "partybuilding.import.tooManyRows", maxRows);
            }
            rows.add(parse(rowNum + 1, cells));
        }
    }

    private static Row parse(int number, String[] raw) {
        String[] cell = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            cell[i] = raw[i] == null ? "" : raw[i];
        }
        List<ImportRejected.Problem> problems = new ArrayList<>();
        String kindText = cell[2];
        OrganizationKind kind = KINDS.get(kindText);
        if (kind == null && !kindText.isEmpty()) {
            kind = constant(OrganizationKind.class, kindText);
        }
        if (kind == null) {
            problems.add(new ImportRejected.Problem(number, "kind", "partybuilding.kind.unknown", kindText));
        }
        String sizeText = cell[4];
        OrganizationSize size = SIZES.get(sizeText);
        if (size == null && !sizeText.isEmpty()) {
            size = constant(OrganizationSize.class, sizeText);
        }
        if (size == null) {
            problems.add(new ImportRejected.Problem(number, "size", "partybuilding.size.unknown", sizeText));
        }
        Long unit = number(cell[5], number, "competentUnitId", problems);
        Long employees = number(cell[7], number, "employees", problems);
        Long members = number(cell[8], number, "fullMembers", problems);
        NewOrganization o = new NewOrganization(cell[0], cell[1], kind, cell[3], size, unit, cell[6],
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

    private static @Nullable Long number(String t, int row, String field, List<ImportRejected.Problem> problems) {
        if (t.matches("\\d{1,12}")) {
            return Long.parseLong(t);
        }
        problems.add(new ImportRejected.Problem(row, field, "partybuilding.import.notANumber", t));
        return null;
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
