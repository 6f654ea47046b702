package org.shegong.identity;

import java.util.Optional;
import org.shegong.OverviewTile;

/**
 * A module's tile on the 一屏统览 overview: its headline figures for one region (the region code the leader has
 * drilled to, always inside {@code me}'s scope — the overview checks that before asking). A module answers
 * empty when the person may not see its figures.
 */
public interface OverviewSource {

    Optional<OverviewTile> tile(StaffPrincipal me, String regionCode);
}
