package org.shegong.dispute;

import java.util.List;
import java.util.Optional;
import org.shegong.OverviewTile;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.stereotype.Component;

/** The 一屏统览 tile: open disputes, high-risk open ones, and the share settled in the village ("小事不出村"). */
@Component
class DisputeOverview implements OverviewSource {

    private final DisputeStatistics statistics;

    DisputeOverview(DisputeStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public Optional<OverviewTile> tile(StaffPrincipal me, String regionCode) {
        if (!DisputeStep.STATISTICS.allowsAnyOf(me.roles()) || me.scope().assignedOnly()
                || !RegionCode.isWellFormed(regionCode) || !me.scope().covers(RegionCode.of(regionCode))) {
            return Optional.empty();
        }
        DisputeStatistics.Figures f = statistics.figures(Scope.of(RegionCode.of(regionCode)));
        return Optional.of(new OverviewTile(60, "dispute.overview.title", List.of(
                new OverviewTile.Figure("dispute.overview.open", String.format("%,d", f.open()), false),
                new OverviewTile.Figure("dispute.overview.highRisk", String.format("%,d", f.highRisk()), f.highRisk() > 0),
                new OverviewTile.Figure("dispute.overview.villageShare",
                        f.villageShare() == null ? "—" : f.villageShare() + "%", false)),
                "/disputes/statistics?region=" + regionCode));
    }
}
