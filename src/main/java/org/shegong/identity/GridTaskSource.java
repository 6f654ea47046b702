package org.shegong.identity;

import java.util.Collection;
import java.util.List;
import org.shegong.GridTask;

/**
 * A module's contribution to a grid worker's one list: the open tasks it has in the given grids (the grids the
 * worker serves, decided by the caller). A module answers only tasks {@code me} may act on.
 */
public interface GridTaskSource {

    List<GridTask> openTasks(StaffPrincipal me, Collection<String> gridCodes);
}
