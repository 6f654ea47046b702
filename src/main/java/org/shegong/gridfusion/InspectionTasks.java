package org.shegong.gridfusion;

import java.util.Collection;
import java.util.List;
import org.shegong.GridTask;
import org.shegong.identity.GridTaskSource;
import org.shegong.identity.StaffPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The inspections departments asked for, on the grid worker's one list. */
@Component
class InspectionTasks implements GridTaskSource {

    private final InspectionManagement inspections;

    InspectionTasks(InspectionManagement inspections) {
        this.inspections = inspections;
    }

    @Override
    @Transactional(readOnly = true)
    public List<GridTask> openTasks(StaffPrincipal me, Collection<String> gridCodes) {
        if (!GridFusionStep.COMPLETE_INSPECTION.allowsAnyOf(me.roles())) {
            return List.of();
        }
        return inspections.openIn(me, gridCodes).stream().map(i -> new GridTask("gridfusion.task.inspection",
                i.department() + "：" + i.title(), i.grid().value(), i.dueAt(), "/grid/inspections/" + i.id())).toList();
    }
}
