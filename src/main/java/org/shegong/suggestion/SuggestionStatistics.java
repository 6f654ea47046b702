package org.shegong.suggestion;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of 人民建议征集 within the caller's scope: counts by campaign, field, county, channel and collection point,
 * the adoption rate (adopted or partly adopted among those whose adoption was decided), and a campaign's frequent
 * terms (the words the {@code text} module found in the topics and measures). Exported to Excel.
 */
@Service
public class SuggestionStatistics {

    private final JdbcClient jdbc;
    private final SuggestionPermissions permissions;
    private final RegionDirectory regions;

    SuggestionStatistics(JdbcClient jdbc, SuggestionPermissions permissions, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.regions = regions;
    }

    /**
     * One line of a breakdown: the label, how many were received, how many adopted (fully or partly), how many decided,
     * and the adoption rate: adopted among decided, in percent with one decimal (0 when nothing was decided).
     */
    @Schema(name = "SuggestionStatisticsLine")
    public record Line(String label, long received, long adopted, long decided, double adoptionRate) {

        static Line of(String label, long received, long adopted, long decided) {
            return new Line(label, received, adopted, decided, decided == 0 ? 0 : Math.round(adopted * 1000.0 / decided) / 10.0);
        }
    }

    /** A word and how many suggestions use it. */
    public record Term(String word, long count) {
    }

    @Schema(name = "SuggestionStatisticsFigures")
    public record Figures(Line total, List<Line> byCampaign, List<Line> byField, List<Line> byRegion, List<Line> byChannel,
            List<Line> byPoint) {
    }

    private static final Map<String, String> DIMENSIONS = Map.of(
            "campaign", "coalesce(c.topic, '日常征集')",
            "field", "s.field",
            "region", "substr(s.region_code, 1, 6)",
            "channel", "s.channel",
            "point", "coalesce(p.name, '')");

    @Transactional(readOnly = true)
    public Figures figures(StaffPrincipal me, @Nullable CampaignId campaignId) {
        permissions.require(me, SuggestionStep.VIEW_STATISTICS);
        List<Line> total = lines(me, campaignId, "'合计'");
        List<Line> byRegion = lines(me, campaignId, DIMENSIONS.get("region")).stream()
                .map(l -> Line.of(regions.find(RegionCode.of(l.label() + "000000")).map(r -> r.name()).orElse(l.label()),
                        l.received(), l.adopted(), l.decided()))
                .toList();
        List<Line> byPoint = lines(me, campaignId, DIMENSIONS.get("point")).stream().filter(l -> !l.label().isEmpty()).toList();
        return new Figures(total.isEmpty() ? Line.of("合计", 0, 0, 0) : total.get(0), lines(me, campaignId, DIMENSIONS.get("campaign")),
                lines(me, campaignId, DIMENSIONS.get("field")), byRegion, lines(me, campaignId, DIMENSIONS.get("channel")), byPoint);
    }

    private List<Line> lines(StaffPrincipal me, @Nullable CampaignId campaignId, String dimension) {
        // the dimension is one of the fixed expressions above, never input
        var scope = me.scope();
        return jdbc.sql("""
                select %s as label, count(*) as received,
                  count(*) filter (where s.adoption in ('ADOPTED', 'PARTLY')) as adopted,
                  count(*) filter (where s.adoption is not null) as decided
                from suggestion s
                  left join suggestion_campaign c on c.id = s.campaign_id
                  left join suggestion_point p on p.id = s.point_id
                where %s and (:campaign::bigint is null or s.campaign_id = :campaign)
                group by 1 order by 2 desc, 1 limit 200
                """.formatted(dimension, Suggestions.VISIBLE))
                .param("regionLike", scope.regionLike()).param("assignedOnly", scope.assignedOnly())
                .param("unitId", me.unitId().value()).param("campaign", campaignId == null ? null : campaignId.value())
                .query(Rows.of(LineRow.class)).list().stream().map(LineRow::line).toList();
    }

    /** One group of a breakdown as counted; the rate is computed in {@link Line#of}. */
    private record LineRow(String label, long received, long adopted, long decided) {

        Line line() {
            return Line.of(label, received, adopted, decided);
        }
    }

    /** The most frequent words of a campaign's suggestions (or of routine ones), two characters or more. */
    @Transactional(readOnly = true)
    public List<Term> frequentTerms(StaffPrincipal me, @Nullable CampaignId campaignId, int limit) {
        permissions.require(me, SuggestionStep.VIEW_STATISTICS);
        var scope = me.scope();
        return jdbc.sql("""
                select w as word, count(*) as count from suggestion s, unnest(s.words) as w
                where %s and char_length(w) >= 2
                  and ((:campaign::bigint is null and s.campaign_id is null) or s.campaign_id = :campaign)
                group by w order by 2 desc, w limit :limit
                """.formatted(Suggestions.VISIBLE))
                .param("regionLike", scope.regionLike()).param("assignedOnly", scope.assignedOnly())
                .param("unitId", me.unitId().value()).param("campaign", campaignId == null ? null : campaignId.value()).param("limit", Math.min(Math.max(limit, 1), 100))
                .query(Rows.of(Term.class)).list();
    }

    /** The figures as an Excel workbook, one sheet per breakdown. */
    @Transactional(readOnly = true)
    public byte[] excel(StaffPrincipal me, @Nullable CampaignId campaignId) {
        Figures f = figures(me, campaignId);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(wb, "按专项征集", List.of(f.total()), f.byCampaign());
            sheet(wb, "按领域", List.of(), f.byField());
            sheet(wb, "按地区", List.of(), f.byRegion());
            sheet(wb, "按渠道", List.of(), f.byChannel());
            sheet(wb, "按征集点", List.of(), f.byPoint());
            Sheet terms = wb.createSheet("高频词");
            header(terms, "词", "建议数");
            int r = 1;
            for (Term t : frequentTerms(me, campaignId, 50)) {
                Row row = terms.createRow(r++);
                row.createCell(0).setCellValue(t.word());
                row.createCell(1).setCellValue(t.count());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, List<Line> first, List<Line> lines) {
        Sheet sheet = wb.createSheet(name);
        header(sheet, "项目", "收到", "采纳（含部分采纳）", "已认定", "采纳率%");
        int r = 1;
        for (List<Line> part : List.of(first, lines)) {
            for (Line l : part) {
                Row row = sheet.createRow(r++);
                // a label typed by a citizen or staff could start with = and be read as a formula: kept as text
                row.createCell(0).setCellValue(l.label());
                row.createCell(1).setCellValue(l.received());
                row.createCell(2).setCellValue(l.adopted());
                row.createCell(3).setCellValue(l.decided());
                row.createCell(4).setCellValue(l.adoptionRate());
            }
        }
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }
}
