package org.shegong.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;

class DutyWorkbookUnitTests {

    static final Predicate<String> CATEGORIES = Set.of("CJ-01", "CJ-02", "ZF-01", "HJ-01")::contains;
    static final UnitView HOUSING = new UnitView(UnitId.of(20), "武侯区住房和城乡建设局", UnitKind.FUNCTIONAL_DEPARTMENT, RegionCode.of("510107000000"), true, 0);
    static final UnitView OFFICE = new UnitView(UnitId.of(10), "玉林街道办事处", UnitKind.TOWNSHIP_OFFICE, RegionCode.of("510107005000"), true, 0);
    static final Function<String, Optional<UnitView>> DEPARTMENTS = lead -> switch (lead) {
        case "武侯区住房和城乡建设局", "20" -> Optional.of(HOUSING);
        case "玉林街道办事处" -> Optional.of(OFFICE);
        default -> Optional.empty();
    };

    static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("清单");
            Row header = sheet.createRow(0);
            for (int i = 0; i < DutyWorkbook.HEADER.size(); i++) {
                header.createCell(i).setCellValue(DutyWorkbook.HEADER.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static List<DutyItem> parse(byte[] bytes) {
        return DutyItemPolicy.check(DutyWorkbook.read(bytes), CATEGORIES, DEPARTMENTS);
    }

    @Test
    void readsEveryTypeWithCategoriesAndLeadDepartmentByNameOrId() throws IOException {
        List<DutyItem> items = parse(workbook(
                new String[] { "B-001", "道路日常巡查", "基本", "CJ-01, CJ-02" },
                new String[] { "p-002", "物业服务监督", "配合", "ZF-01", "武侯区住房和城乡建设局" },
                new String[] { "S-003", "噪声执法", "收回", "HJ-01", "20" }));
        assertThat(items).containsExactly(
                new DutyItem("B-001", "道路日常巡查", DutyItemType.BASIC, List.of("CJ-01", "CJ-02"), null),
                new DutyItem("P-002", "物业服务监督", DutyItemType.ASSISTING, List.of("ZF-01"), 20L),
                new DutyItem("S-003", "噪声执法", DutyItemType.WITHDRAWN, List.of("HJ-01"), 20L));
    }

    @Test
    void blankRowsAreSkipped() throws IOException {
        assertThat(parse(workbook(new String[] { "B-001", "道路日常巡查", "基本", "CJ-01" }, new String[] { "", "" },
                new String[] { "B-002", "路灯巡查", "BASIC", "CJ-02" }))).hasSize(2);
    }

    @Test
    void everyBadRowIsReportedWithItsSpreadsheetRowNumber() throws IOException {
        byte[] bytes = workbook(
                new String[] { "B-001", "道路日常巡查", "基本", "CJ-01" },
                new String[] { "B-002", "未知分类", "基本", "XX-99" },
                new String[] { "P-003", "缺牵头部门", "配合", "ZF-01" },
                new String[] { "P-004", "未知部门", "配合", "ZF-01", "不存在的局" },
                new String[] { "B-001", "重复编码", "基本", "CJ-01" },
                new String[] { "B-006", "类型错误", "其他", "CJ-01" },
                new String[] { "S-007", "街道不是职能部门", "收回", "CJ-01", "玉林街道办事处" });
        assertThatThrownBy(() -> parse(bytes)).isInstanceOfSatisfying(DutyListRejected.class, e -> assertThat(e.problems())
                .extracting(DutyListRejected.Problem::row, DutyListRejected.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "duty.item.category.unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "duty.item.lead.required"),
                        org.assertj.core.groups.Tuple.tuple(5, "duty.item.lead.unknown"),
                        org.assertj.core.groups.Tuple.tuple(6, "duty.item.code.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(7, "duty.item.type.invalid"),
                        org.assertj.core.groups.Tuple.tuple(8, "duty.item.lead.unknown")));
    }

    @Test
    void aFileThatIsNotAZipIsRejectedByContentWhateverItsName() {
        assertThatThrownBy(() -> DutyWorkbook.read("事项编码,事项名称\nB-001,x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DutyListRejected.class, e -> assertThat(e.messageKey()).isEqualTo("duty.import.notXlsx"));
    }

    @Test
    void aZipThatIsNotAWorkbookIsRejected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> DutyWorkbook.read(out.toByteArray()))
                .isInstanceOfSatisfying(DutyListRejected.class, e -> assertThat(e.messageKey()).isEqualTo("duty.import.notXlsx"));
    }

    @Test
    void aFileOverFiveMegabytesIsRejectedBeforeParsing() {
        byte[] big = new byte[DutyWorkbook.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertThatThrownBy(() -> DutyWorkbook.read(big))
                .isInstanceOfSatisfying(DutyListRejected.class, e -> assertThat(e.messageKey()).isEqualTo("duty.import.tooLarge"));
    }

    @Test
    void aWorkbookWithTheWrongHeaderIsRejected() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("x").createRow(0).createCell(0).setCellValue("编号");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            assertThatThrownBy(() -> DutyWorkbook.read(out.toByteArray()))
                    .isInstanceOfSatisfying(DutyListRejected.class, e -> assertThat(e.messageKey()).isEqualTo("duty.import.header"));
        }
    }

    @Test
    void anExportedVersionReadsBackToTheSameItems() {
        List<DutyItem> items = List.of(new DutyItem("B-001", "道路日常巡查", DutyItemType.BASIC, List.of("CJ-01", "CJ-02"), null),
                new DutyItem("P-002", "物业服务监督", DutyItemType.ASSISTING, List.of("ZF-01"), 20L));
        DutyListVersion v = new DutyListVersion(1, RegionCode.of("510107005000"), 1, true, LocalDate.of(2026, 1, 1), null, "a", 0, items);
        byte[] bytes = DutyWorkbook.write(v, id -> id == 20L ? "武侯区住房和城乡建设局" : "?");
        assertThat(parse(bytes)).isEqualTo(items);
    }

    @Test
    void theTemplateHasTheHeaderAndReadsAsEmpty() {
        byte[] template = DutyWorkbook.template(List.of(new Category("CJ-01", "CJ", "道路破损", "Damaged roads", true, 1, 0)));
        assertThat(DutyWorkbook.read(template)).isEmpty();
    }

    /** Issue 10: a 4.9 MB xlsx expanding to 47 MB of cells exhausted the heap of three concurrent imports. */
    @Test
    void aSmallFileThatExpandsToTensOfMegabytesIsRefusedWhileItIsRead() throws IOException {
        byte[] file = expanding(1_500, 2_000);
        assertThat(file.length).isLessThan(DutyWorkbook.MAX_BYTES);
        assertThat(uncompressedSheet(file)).isGreaterThan(30L * 1024 * 1024);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(() -> DutyWorkbook.read(file)).isInstanceOfSatisfying(DutyListRejected.class, e -> {
            assertThat(e.messageKey()).isEqualTo("duty.import.tooMuchText");
            assertThat(e.args()).containsExactly(DutyWorkbook.MAX_TEXT_CHARS);
        });
        // stopped early: far less allocated than the 45 MB of XML (as UTF-16 text, several times that) it would take to read on
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void cellsBeyondTheCellLimitStopTheReadEvenWhenTheyAreEmptyOfText() throws IOException {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("清单");
            Row header = sheet.createRow(0);
            for (int i = 0; i < DutyWorkbook.HEADER.size(); i++) {
                header.createCell(i).setCellValue(DutyWorkbook.HEADER.get(i));
            }
            for (int r = 1; r <= 1_000; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 60; c++) {
                    row.createCell(c).setCellValue(c);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            assertThatThrownBy(() -> DutyWorkbook.read(out.toByteArray())).isInstanceOfSatisfying(DutyListRejected.class,
                    e -> assertThat(e.problems().get(0).args()).containsExactly(DutyWorkbook.MAX_CELLS));
        }
    }

    /** Rows of five long cells drawn from a few phrases: compresses about 30:1, like a real padded workbook. */
    static byte[] expanding(int rows, int charsPerCell) throws IOException {
        String[] phrases = { "社区网格化服务管理", "城市道路破损修复工作", "噪声扰民投诉处理", "物业服务纠纷调解事项",
                "老旧小区改造加装电梯", "垃圾分类督导检查", "消防通道占用清理", "违法建设巡查整治" };
        java.util.Random random = new java.util.Random(10);
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("清单");
            Row header = sheet.createRow(0);
            for (int i = 0; i < DutyWorkbook.HEADER.size(); i++) {
                header.createCell(i).setCellValue(DutyWorkbook.HEADER.get(i));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 5; c++) {
                    StringBuilder text = new StringBuilder(charsPerCell + 16);
                    while (text.length() < charsPerCell) {
                        text.append(phrases[random.nextInt(phrases.length)]);
                    }
                    row.createCell(c).setCellValue(text.substring(0, charsPerCell));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static long uncompressedSheet(byte[] xlsx) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("expanding-", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                var sheet = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).findFirst().orElseThrow();
                try (var in = zip.getInputStream(sheet)) {
                    return in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
