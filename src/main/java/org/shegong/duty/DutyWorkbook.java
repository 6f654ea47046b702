package org.shegong.duty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Excel form of a duty list: the published template, reading an upload into candidate rows
 * (content-checked: an xlsx file is a zip archive; read as a stream with limits), and writing a version out.
 */
final class DutyWorkbook {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final List<String> HEADER = List.of("事项编码", "事项名称", "类型(基本/配合/收回)", "覆盖分类编码", "牵头部门");
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    private DutyWorkbook() {
    }

    /**
     * Reads the first sheet as a stream (SAX over the sheet XML, never a whole workbook in memory), with the limits
     * checked while reading, so a small file that expands to tens of megabytes of cells is refused as soon as it
     * passes a limit.
     */
    static List<DutyItemPolicy.Candidate> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw whole("duty.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        if (bytes.length < ZIP_MAGIC.length || !java.util.Arrays.equals(bytes, 0, 4, ZIP_MAGIC, 0, 4)) {
            throw whole("duty.import.notXlsx");
        }
        Path file = null;
        try {
            // a zip read from a file inflates one part at a time, as it is read
            file = Files.createTempFile("shegong-duty-import-", ".xlsx");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                Budget budget = new Budget();
                List<String> strings = new ArrayList<>();
                try (InputStream shared = sharedStrings(reader)) {
                    if (shared != null) {
                        parse(budget.limit(shared), new SharedStrings(strings, budget));
                    }
                }
                java.util.Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw whole("duty.import.header");
                }
                SheetRows rows = new SheetRows(strings, budget);
                try (InputStream sheet = sheets.next()) {
                    parse(budget.limit(sheet), rows);
                }
                if (!rows.headerSeen) {
                    throw whole("duty.import.header");
                }
                return rows.candidates;
            }
        } catch (DutyListRejected r) {
            throw r;
        } catch (IOException | RuntimeException | SAXException | OpenXML4JException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw whole("duty.import.expandsTooLarge", MAX_XML_BYTES / 1024 / 1024);
            }
            // POI signals a corrupt, encrypted or non-OOXML zip with assorted exceptions
            throw whole("duty.import.notXlsx");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up anyway
                }
            }
        }
    }

    /** Uncompressed XML read from one part; every cell element read; characters of text kept. */
    static final long MAX_XML_BYTES = 16L * 1024 * 1024;
    static final int MAX_CELLS = 50_000;
    static final int MAX_TEXT_CHARS = 4_000_000;

    private static @Nullable InputStream sharedStrings(XSSFReader reader) throws IOException, OpenXML4JException {
        try {
            return reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException none) {
            return null;
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The limits of one import, counted while reading. */
    static final class Budget {

        int cells;
        long chars;

        InputStream limit(InputStream in) {
            return new java.io.FilterInputStream(in) {
                long read;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = super.read(buffer, off, len);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) {
                    read += n;
                    if (read > MAX_XML_BYTES) {
                        throw whole("duty.import.expandsTooLarge", MAX_XML_BYTES / 1024 / 1024);
                    }
                }
            };
        }

        void cell() {
            if (++cells > MAX_CELLS) {
                throw whole("duty.import.tooManyCells", MAX_CELLS);
            }
        }

        void text(int length) {
            chars += length;
            if (chars > MAX_TEXT_CHARS) {
                throw whole("duty.import.tooMuchText", MAX_TEXT_CHARS);
            }
        }
    }

    /** xl/sharedStrings.xml: one string per {@code <si>}, the text of its {@code <t>} runs (phonetic runs left out). */
    private static final class SharedStrings extends DefaultHandler {

        private final List<String> strings;
        private final Budget budget;
        private @Nullable StringBuilder current;
        private boolean inText;
        private boolean inPhonetic;

        SharedStrings(List<String> strings, Budget budget) {
            this.strings = strings;
            this.budget = budget;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> current = new StringBuilder();
                case "t" -> inText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    strings.add(current == null ? "" : current.toString());
                    budget.cell();
                    current = null;
                }
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && current != null) {
                budget.text(length);
                current.append(ch, start, length);
            }
        }
    }

    /** The first sheet, row by row: the header check on row 1, then one candidate per non-blank row. */
    private static final class SheetRows extends DefaultHandler {

        final List<DutyItemPolicy.Candidate> candidates = new ArrayList<>();
        boolean headerSeen;
        private final List<String> strings;
        private final Budget budget;
        private final String[] cells = new String[HEADER.size()];
        private int rowNumber;
        private int column;
        private @Nullable String type;
        private @Nullable StringBuilder value;

        SheetRows(List<String> strings, Budget budget) {
            this.strings = strings;
            this.budget = budget;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    java.util.Arrays.fill(cells, "");
                    column = -1;
                }
                case "c" -> {
                    budget.cell();
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : column(ref);
                    type = attributes.getValue("t");
                    value = null;
                }
                case "v", "t" -> value = value == null ? new StringBuilder() : value;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (value != null) {
                budget.text(length);
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("c")) {
                if (column >= 0 && column < cells.length && value != null) {
                    cells[column] = text(type, value.toString()).strip();
                }
                value = null;
            } else if (localName.equals("row")) {
                row();
            }
        }

        private String text(@Nullable String t, String v) {
            if ("s".equals(t)) {
                int index = Integer.parseInt(v.strip());
                return index >= 0 && index < strings.size() ? strings.get(index) : "";
            }
            if ("b".equals(t)) {
                return "1".equals(v.strip()) ? "TRUE" : "FALSE";
            }
            if (t == null || "n".equals(t)) {
                try {
                    return new java.math.BigDecimal(v.strip()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            return v;
        }

        private void row() {
            if (!headerSeen) {
                if (rowNumber != 1 || !cells[0].equals(HEADER.get(0)) || !cells[1].equals(HEADER.get(1))) {
                    throw whole("duty.import.header");
                }
                headerSeen = true;
                return;
            }
            if (String.join("", cells).isBlank()) {
                return;
            }
            candidates.add(new DutyItemPolicy.Candidate(rowNumber, new DutyItemInput(cells[0], cells[1], cells[2],
                    List.of(cells[3]), cells[4].isEmpty() ? null : cells[4])));
            if (candidates.size() > DutyItemPolicy.MAX_ITEMS) {
                throw whole("duty.import.tooManyRows", DutyItemPolicy.MAX_ITEMS);
            }
        }

        /** "C12" → 2. */
        private static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                if (col > 16_384) {
                    return -1;
                }
            }
            return col - 1;
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

    private static DutyListRejected whole(String key, Object... args) {
        return new DutyListRejected(List.of(new DutyListRejected.Problem(null, "file", key, args)));
    }
}
