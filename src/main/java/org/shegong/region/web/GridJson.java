package org.shegong.region.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.region.Grid;
import org.shegong.region.GridWorker;
import org.shegong.region.RegionLevel;

/** A grid's display data as the API shows it (the grid card: worker phones in full, DOMAIN §1). */
@Schema(name = "RegionGridJson")
record GridJson(String code, String name, String villageCode, String townshipCode, String countyCode, int householdCount,
        List<WorkerJson> workers, @Nullable String supervisionPhone, @Nullable String areaNote, boolean demo,
        double areaSquareMetres, long version) {

    record WorkerJson(String name, @Nullable String phone) {
    }

    static GridJson of(Grid g) {
        return new GridJson(g.code().value(), g.name(), g.villageCode().value(), g.townshipCode().value(),
                g.code().ancestorAt(RegionLevel.COUNTY).value(), g.householdCount(),
                g.workers().stream().map(w -> new WorkerJson(w.name(), w.phone())).toList(), g.supervisionPhone(),
                g.areaNote(), g.demo(), Math.round(g.areaSquareMetres()), g.version());
    }

    static List<WorkerJson> masked(List<GridWorker> workers) {
        return workers.stream().map(w -> new WorkerJson(w.name(), w.maskedPhone())).toList();
    }
}
