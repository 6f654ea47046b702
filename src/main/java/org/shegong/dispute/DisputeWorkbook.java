package org.shegong.dispute;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The statistics as an Excel workbook: a summary sheet, one sheet per breakdown, and screening coverage per grid. */
final class DisputeWorkbook {

    private DisputeWorkbook() {
    }

    static byte[] write(DisputeStatistics.Figures f, Function<String, String> label) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = wb.createSheet("汇总");
            row(summary, 0, "区划", f.region());
            row(summary, 1, "纠纷总数", f.total());
            row(summary, 2, "未结", f.open());
            row(summary, 3, "高风险未结", f.highRisk());
            row(summary, 4, "已报告公安机关", f.policeReported());
            row(summary, 5, "已化解", f.settled());
            row(summary, 6, "村（社区）化解", f.settledByLevel().getOrDefault(Level.VILLAGE, 0L));
            row(summary, 7, "乡镇（街道）化解", f.settledByLevel().getOrDefault(Level.TOWNSHIP, 0L));
            row(summary, 8, "县（区）综治中心化解", f.settledByLevel().getOrDefault(Level.COUNTY, 0L));
            row(summary, 9, "村级化解占比(%)", f.villageShare() == null ? "" : f.villageShare());
            row(summary, 10, "平均化解天数", f.averageDaysToSettle() == null ? "" : f.averageDaysToSettle());
            counts(wb.createSheet("按类型"), f.byKind(), k -> label.apply("dispute.kind." + k));
            counts(wb.createSheet("按风险"), f.byRisk(), k -> label.apply("dispute.risk." + k));
            counts(wb.createSheet("按状态"), f.byStatus(), k -> label.apply("dispute.status." + k));
            Sheet grids = wb.createSheet("排查覆盖");
            Row h = grids.createRow(0);
            String[] head = { "网格", "排查", "户数", "已排查", "发现纠纷", "覆盖率(%)" };
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int r = 1;
            for (DisputeStatistics.GridCoverage g : f.coverage()) {
                Row row = grids.createRow(r++);
                row.createCell(0).setCellValue(g.gridCode());
                row.createCell(1).setCellValue(g.title());
                row.createCell(2).setCellValue(g.households());
                row.createCell(3).setCellValue(g.screened());
                row.createCell(4).setCellValue(g.withDispute());
                if (g.rate() != null) {
                    row.createCell(5).setCellValue(g.rate());
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(Sheet sheet, List<DisputeStatistics.Count> counts, Function<String, String> label) {
        int r = 0;
        for (DisputeStatistics.Count c : counts) {
            row(sheet, r++, label.apply(c.key()), c.count());
        }
    }

    private static void row(Sheet sheet, int r, String name, Object value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(name);
        if (value instanceof Number n) {
            row.createCell(1).setCellValue(n.doubleValue());
        } else {
            row.createCell(1).setCellValue(String.valueOf(value));
        }
    }
}
