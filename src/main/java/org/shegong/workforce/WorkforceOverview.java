package org.shegong.workforce;

import java.util.List;
import java.util.Optional;
import org.shegong.OverviewTile;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.stereotype.Component;

/** The workforce tile of the 一屏统览 overview: township station coverage, stations, social workers per 10,000. */
@Component
class WorkforceOverview implements OverviewSource {

    private final WorkforceFigures figures;

    WorkforceOverview(WorkforceFigures figures) {
        this.figures = figures;
    }

    @Override
    public Optional<OverviewTile> tile(StaffPrincipal me, String regionCode) {
        if (!WorkforceStep.VIEW.allowsAnyOf(me.roles()) || !RegionCode.isWellFormed(regionCode)
                || !me.scope().covers(RegionCode.of(regionCode))) {
            return Optional.empty();
        }
        StationCoverage t = figures.dashboard(new Scope(RegionCode.of(regionCode), me.scope().unitId(),
                me.scope().assignedOnly()), 0).total();
        return Optional.of(new OverviewTile(90, "workforce.overview.title", List.of(
                new OverviewTile.Figure("workforce.overview.coverage",
                        t.coverageRate() == null ? "—" : t.coverageRate() + "%", t.uncoveredTownships() > 0),
                new OverviewTile.Figure("workforce.overview.uncovered", Long.toString(t.uncoveredTownships()),
                        t.uncoveredTownships() > 0),
                new OverviewTile.Figure("workforce.overview.workers", Long.toString(t.socialWorkers()), false),
                new OverviewTile.Figure("workforce.overview.per10k",
                        t.workersPer10k() == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", t.workersPer10k()),
                        false)),
                "/workforce?region=" + regionCode));
    }
}
