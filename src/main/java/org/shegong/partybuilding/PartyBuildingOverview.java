package org.shegong.partybuilding;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.OverviewTile;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.stereotype.Component;

/** The party-building tile of the 一屏统览 overview: "两个覆盖" and the gaps, for the region drilled to. */
@Component
class PartyBuildingOverview implements OverviewSource {

    private final Coverage coverage;

    PartyBuildingOverview(Coverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public Optional<OverviewTile> tile(StaffPrincipal me, String regionCode) {
        if (!PartyBuildingStep.VIEW.allowsAnyOf(me.roles()) || !RegionCode.isWellFormed(regionCode)
                || !me.scope().covers(RegionCode.of(regionCode))) {
            return Optional.empty();
        }
        Scope scope = new Scope(RegionCode.of(regionCode), me.scope().unitId(), me.scope().assignedOnly());
        CoverageFigures t = coverage.byRegion(scope).total();
        long gaps = coverage.gapCount(scope);
        return Optional.of(new OverviewTile(80, "partybuilding.overview.title", List.of(
                new OverviewTile.Figure("partybuilding.overview.operating", Long.toString(t.operating()), false),
                new OverviewTile.Figure("partybuilding.overview.organizationalRate", rate(t.organizationalRate()),
                        t.organized() < t.operating()),
                new OverviewTile.Figure("partybuilding.overview.workRate", rate(t.workRate()), t.worked() < t.operating()),
                new OverviewTile.Figure("partybuilding.overview.gaps", Long.toString(gaps), gaps > 0)),
                "/partybuilding?region=" + regionCode));
    }

    private static String rate(@Nullable Double rate) {
        return rate == null ? "—" : rate + "%";
    }
}
