package org.shegong.gridfusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shegong.GridTask;
import org.shegong.identity.GridTaskSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.springframework.stereotype.Service;

/**
 * One worker, one list (多格合一): every open task in the grids a worker serves, from every module that registered a
 * {@link GridTaskSource}, earliest deadline first (tasks without a deadline last).
 */
@Service
public class GridTaskList {

    /** The worker's grids and their tasks. */
    public record WorkerTasks(List<String> gridCodes, List<GridTask> tasks) {
    }

    private final Grids grids;
    private final List<GridTaskSource> sources;

    GridTaskList(Grids grids, List<GridTaskSource> sources) {
        this.grids = grids;
        this.sources = List.copyOf(sources);
    }

    public WorkerTasks of(StaffPrincipal me) {
        List<String> codes = grids.servedBy(me.username()).stream().filter(c -> me.scope().covers(c))
                .map(RegionCode::value).toList();
        if (codes.isEmpty()) {
            return new WorkerTasks(codes, List.of());
        }
        List<GridTask> tasks = new ArrayList<>();
        for (GridTaskSource source : sources) {
            tasks.addAll(source.openTasks(me, codes));
        }
        tasks.sort(Comparator.comparing(GridTask::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(GridTask::gridCode).thenComparing(GridTask::title));
        return new WorkerTasks(codes, List.copyOf(tasks));
    }
}
