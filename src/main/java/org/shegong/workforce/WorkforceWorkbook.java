package org.shegong.workforce;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.shegong.region.Region;

/** The workforce export: stations and social workers by region, the credential mix and townships without a station. */
final class WorkforceWorkbook {

    private WorkforceWorkbook() {
    }

    static byte[] write(WorkforceFigures.Dashboard d) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet regions = wb.createSheet("按区域 By region");
            header(regions, List.of("区划代码 Code", "区划 Region", "乡镇（街道）Townships", "有社工站的乡镇 Covered",
                    "社工站覆盖率% Coverage", "社工站 Stations", "社会工作者 Social workers", "常住人口 Residents",
                    "每万人社会工作者 Per 10,000"));
            for (StationCoverage c : d.children()) {
                figures(regions, c);
            }
            figures(regions, d.total());
            Sheet mix = wb.createSheet("证书等级 Credentials");
            header(mix, List.of("等级 Level", "人数 Workers"));
            Map<Credential, String> labels = Map.of(Credential.NONE, "未取得证书 None", Credential.ASSISTANT,
                    "助理社会工作师 Assistant", Credential.INTERMEDIATE, "社会工作师 Social worker", Credential.SENIOR,
                    "高级社会工作师 Senior");
            for (var e : d.credentials().entrySet()) {
                Row row = mix.createRow(mix.getLastRowNum() + 1);
                row.createCell(0).setCellValue(labels.get(e.getKey()));
                row.createCell(1).setCellValue(e.getValue());
            }
            Sheet gaps = wb.createSheet("未建站乡镇 Gaps");
            header(gaps, List.of("区划代码 Code", "乡镇（街道）Township"));
            for (Region r : d.gaps()) {
                Row row = gaps.createRow(gaps.getLastRowNum() + 1);
                row.createCell(0).setCellValue(r.code().value());
                row.createCell(1).setCellValue(r.name());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, List<String> names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
    }

    private static void figures(Sheet sheet, StationCoverage c) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(c.code());
        row.createCell(1).setCellValue(c.name());
        row.createCell(2).setCellValue(c.townships());
        row.createCell(3).setCellValue(c.coveredTownships());
        number(row, 4, c.coverageRate());
        row.createCell(5).setCellValue(c.stations());
        row.createCell(6).setCellValue(c.socialWorkers());
        number(row, 7, c.residents() == null ? null : c.residents().doubleValue());
        number(row, 8, c.workersPer10k());
    }

    private static void number(Row row, int column, @Nullable Double value) {
        if (value == null) {
            row.createCell(column).setCellValue("—");
        } else {
            row.createCell(column).setCellValue(value);
        }
    }
}
