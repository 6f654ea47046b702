package org.shegong.partybuilding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** The coverage export: by region, by competent department, the trend and the gap list, one sheet each. */
final class CoverageWorkbook {

    private static final List<String> FIGURE_HEADERS = List.of("在营单位 Operating", "单独组建 Own", "联合组建 Joint",
            "仅选派指导员 Instructor only", "组织覆盖率% Organizational", "工作覆盖率% Work");

    private CoverageWorkbook() {
    }

    static byte[] write(Coverage.RegionCoverage regions, List<CoverageFigures> departments, List<CoverageFigures> trend,
            List<Gap> gaps) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet byRegion = figures(wb, "按区域 By region", "区划 Region", regions.children());
            append(byRegion, "合计 Total", regions.total());
            figures(wb, "按主管部门 By department", "主管部门 Department", departments);
            figures(wb, "月度趋势 Trend", "月份 Month", trend);
            Sheet g = wb.createSheet("覆盖缺口 Gaps");
            header(g, List.of("统一社会信用代码 Credit code", "名称 Name", "区划代码 Region", "正式党员 Full members",
                    "缺口 Gap"));
            for (Gap gap : gaps) {
                Row row = g.createRow(g.getLastRowNum() + 1);
                row.createCell(0).setCellValue(gap.creditCode().value());
                row.createCell(1).setCellValue(gap.name());
                row.createCell(2).setCellValue(gap.region().value());
                row.createCell(3).setCellValue(gap.fullMembers());
                row.createCell(4).setCellValue(gap.reason() == Gap.Reason.OWN_BRANCH_DUE
                        ? "正式党员3人以上未单独建支部 / 3+ full members, no own branch"
                        : "无党组织无指导员 / no organization, no instructor");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Sheet figures(XSSFWorkbook wb, String name, String first, List<CoverageFigures> rows) {
        Sheet sheet = wb.createSheet(name);
        header(sheet, java.util.stream.Stream.concat(java.util.stream.Stream.of(first, "名称 Name"), FIGURE_HEADERS.stream())
                .toList());
        rows.forEach(f -> append(sheet, f.key(), f));
        return sheet;
    }

    private static void header(Sheet sheet, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
        }
    }

    private static void append(Sheet sheet, String key, CoverageFigures f) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(f.name());
        row.createCell(2).setCellValue(f.operating());
        row.createCell(3).setCellValue(f.own());
        row.createCell(4).setCellValue(f.joint());
        row.createCell(5).setCellValue(f.instructed());
        rate(row, 6, f.organizationalRate());
        rate(row, 7, f.workRate());
    }

    private static void rate(Row row, int c, @Nullable Double rate) {
        if (rate != null) {
            row.createCell(c).setCellValue(rate);
        } else {
            row.createCell(c).setCellValue("—");
        }
    }
}
