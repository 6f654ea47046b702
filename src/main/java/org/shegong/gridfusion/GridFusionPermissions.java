package org.shegong.gridfusion;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.shegong.NotPermitted;
import org.shegong.identity.RouteDecisions;
import org.shegong.identity.StaffPrincipal;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a departmental layer. Scope is checked by the queries (a layer outside it is not found; a
 * department sees only its own layers); administrators of the layer's county or above map its grids and retire it
 * while it is active.
 */
@Component
class GridFusionPermissions {

    private static final Set<GridFusionStep> ON_A_LAYER = EnumSet.of(GridFusionStep.VIEW_LAYERS, GridFusionStep.MAP_GRIDS,
            GridFusionStep.RETIRE_LAYER);

    /** The steps {@code me} may take on the layer now. */
    Set<GridFusionStep> allowed(StaffPrincipal me, DepartmentLayer layer) {
        Set<GridFusionStep> out = EnumSet.noneOf(GridFusionStep.class);
        for (GridFusionStep step : ON_A_LAYER) {
            if (refusal(me, layer, step).isEmpty() && possible(layer, step)) {
                out.add(step);
            }
        }
        return out;
    }

    void require(StaffPrincipal me, DepartmentLayer layer, GridFusionStep step) {
        Optional<NotPermitted> refused = refusal(me, layer, step);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** Steps that concern no single record (uploading, pushing an inspection): the role level. */
    void require(StaffPrincipal me, GridFusionStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            throw new NotPermitted("identity.rule.role", label(step));
        }
    }

    private Optional<NotPermitted> refusal(StaffPrincipal me, DepartmentLayer layer, GridFusionStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            return Optional.of(new NotPermitted("identity.rule.role", label(step)));
        }
        return Optional.empty();
    }

    /** Whether the layer's state allows the step (taking it anyway is a 400 from {@link GridFusionManagement}). */
    private static boolean possible(DepartmentLayer layer, GridFusionStep step) {
        return switch (step) {
            case MAP_GRIDS, RETIRE_LAYER -> layer.status() == LayerStatus.ACTIVE;
            default -> true;
        };
    }

    private static DefaultMessageSourceResolvable label(GridFusionStep step) {
        return new DefaultMessageSourceResolvable(new String[] { RouteDecisions.labelKey(step) }, step.name());
    }
}
