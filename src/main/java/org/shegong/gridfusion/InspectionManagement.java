package org.shegong.gridfusion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Rows;
import org.shegong.ShegongApplication;
import org.shegong.duty.VillageWorkItem;
import org.shegong.duty.VillageWorkLists;
import org.shegong.duty.VillageWorkType;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Grids;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection tasks a department pushes to the grid workers of an area (多格合一: one worker, one list). A department
 * may ask a community only for an item admitted on that community's work list (村（社区）工作事项准入; 居委会组织法
 * §20): an item missing from the list in force, or on its negative list, in any village of the area refuses the
 * whole push.
 */
@Service
public class InspectionManagement {

    static final int MAX_TITLE = 200;
    static final int MAX_GRIDS = 500;
    static final int MAX_NOTE = 500;
    /** A deadline at most a year ahead. */
    static final int MAX_DAYS_AHEAD = 366;

    private final JdbcClient jdbc;
    private final Grids grids;
    private final RegionDirectory regions;
    private final VillageWorkLists villageLists;
    private final GridFusionManagement layers;
    private final GridFusionPermissions permissions;
    private final Clock clock;

    InspectionManagement(JdbcClient jdbc, Grids grids, RegionDirectory regions, VillageWorkLists villageLists,
            GridFusionManagement layers, GridFusionPermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.grids = grids;
        this.regions = regions;
        this.villageLists = villageLists;
        this.layers = layers;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** What a push created. */
    public record Pushed(String batch, String itemName, List<String> gridCodes) {
    }

    /**
     * Creates one open inspection per unified grid of the area, or none.
     *
     * @throws InvalidInput naming the villages where the item is not admitted, an unknown area, a bad deadline
     */
    @Transactional
    public Pushed push(StaffPrincipal me, PushInspection cmd) {
        permissions.require(me, GridFusionStep.PUSH_INSPECTION);
        String title = cmd.title() == null ? "" : cmd.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new InvalidInput("title", "gridfusion.inspection.title.required", MAX_TITLE);
        }
        String itemCode = cmd.itemCode() == null ? "" : cmd.itemCode().strip().toUpperCase(Locale.ROOT);
        if (itemCode.isEmpty() || itemCode.length() > 50) {
            throw new InvalidInput("itemCode", "gridfusion.inspection.item.required");
        }
        LocalDate today = LocalDate.now(clock.withZone(ShegongApplication.ZONE));
        if (cmd.due() == null || cmd.due().isBefore(today) || cmd.due().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInput("due", "gridfusion.inspection.due.invalid", MAX_DAYS_AHEAD);
        }
        List<RegionCode> target = target(me, cmd);
        if (target.isEmpty()) {
            throw new InvalidInput("area", "gridfusion.inspection.noGrids");
        }
        if (target.size() > MAX_GRIDS) {
            throw new InvalidInput("area", "gridfusion.inspection.tooManyGrids", target.size(), MAX_GRIDS);
        }
        Set<RegionCode> villages = new TreeSet<>();
        target.forEach(g -> villages.add(g.parent()));
        List<String> refused = new ArrayList<>();
        String itemName = null;
        for (RegionCode village : villages) {
            Optional<VillageWorkItem> item = villageLists.inForce(village, today).stream()
                    .filter(i -> i.code().equals(itemCode)).findFirst();
            if (item.isEmpty() || item.get().type() == VillageWorkType.NEGATIVE) {
                villageLists.recordRefusal(village, itemCode, "INSPECTION", me.unitName(), title);
                refused.add(regions.find(village).map(Region::name).orElse(village.value()) + "（" + village.value() + "）");
            } else if (itemName == null) {
                itemName = item.get().name();
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInput("itemCode", "gridfusion.inspection.notAdmitted", itemCode,
                    String.join("、", refused.size() > 10 ? refused.subList(0, 10) : refused), refused.size());
        }
        String batch = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Instant dueAt = cmd.due().atTime(LocalTime.of(23, 59, 59)).atZone(ShegongApplication.ZONE).toInstant();
        for (RegionCode grid : target) {
            jdbc.sql("""
                    insert into gridfusion_inspection (batch, unit_id, department, item_code, item_name, title, grid_code, due_at,
                                                       status, created_by, created_at)
                    values (:batch, :unit, :department, :item, :itemName, :title, :grid, :due, 'OPEN', :by, :now)
                    """).param("batch", batch).param("unit", me.unitId().value()).param("department", me.unitName())
                    .param("item", itemCode).param("itemName", itemName).param("title", title).param("grid", grid.value())
                    .param("due", Timestamp.from(dueAt)).param("by", me.username()).param("now", Timestamp.from(now)).update();
        }
        return new Pushed(batch, itemName, target.stream().map(RegionCode::value).toList());
    }

    private List<RegionCode> target(StaffPrincipal me, PushInspection cmd) {
        if (cmd.departmentalGridId() != null) {
            return layers.unifiedGridsOf(cmd.departmentalGridId(), me.scope());
        }
        String area = cmd.area() == null ? "" : cmd.area().strip();
        if (!RegionCode.isWellFormed(area)) {
            throw new InvalidInput("area", "gridfusion.inspection.area.invalid", area.length() > 20 ? area.substring(0, 20) : area);
        }
        RegionCode code = new RegionCode(area);
        // an area outside the department's region is refused like an unknown one (no existence leak)
        if (code.level().isAbove(RegionLevel.TOWNSHIP) || !me.scope().covers(code)) {
            throw new InvalidInput("area", "gridfusion.inspection.area.invalid", area);
        }
        return new ArrayList<>(grids.geometriesIn(code).keySet());
    }

    /**
     * Marks an inspection done. A grid worker completes those of the grids they serve; village and township staff
     * those in their region.
     */
    @Transactional
    public Inspection complete(StaffPrincipal me, long id, @Nullable String note) {
        Inspection inspection = visible(me, id);
        permissions.require(me, GridFusionStep.COMPLETE_INSPECTION);
        if (me.roles().equals(Set.of(org.shegong.Role.GRID_WORKER)) && !grids.servedBy(me.username()).contains(inspection.grid())) {
            throw new NotPermitted("gridfusion.rule.gridWorker");
        }
        String n = note == null ? null : note.strip();
        if (n != null && n.length() > MAX_NOTE) {
            throw new InvalidInput("note", "gridfusion.inspection.note.tooLong", MAX_NOTE);
        }
        int changed = jdbc.sql("""
                update gridfusion_inspection set status = 'DONE', done_by = :by, done_at = :now, note = :note
                where id = :id and status = 'OPEN'
                """).param("by", me.username()).param("now", Timestamp.from(clock.instant()))
                .param("note", n == null || n.isEmpty() ? null : n).param("id", id).update();
        if (changed == 0) {
            throw new InvalidInput("status", "gridfusion.inspection.alreadyDone");
        }
        return find(id).orElseThrow();
    }

    /** An inspection the reader's unit pushed, or one in a grid of the reader's region; else {@link NotFound}. */
    @Transactional(readOnly = true)
    public Inspection visible(StaffPrincipal me, long id) {
        return find(id).filter(i -> i.unitId() == me.unitId().value() || (!me.scope().assignedOnly() && me.scope().covers(i.grid())))
                .orElseThrow(() -> new NotFound("inspection", id));
    }

    /** The inspections the reader's unit pushed, newest first (at most 200). */
    @Transactional(readOnly = true)
    public List<Inspection> pushedBy(StaffPrincipal me) {
        return jdbc.sql("select * from gridfusion_inspection where unit_id = :unit order by created_at desc, id limit 200")
                .param("unit", me.unitId().value()).query(Rows.of(InspectionRow.class)).list().stream().map(InspectionRow::inspection).toList();
    }

    /** Open inspections in the given grids that lie in the reader's region, by deadline. */
    List<Inspection> openIn(StaffPrincipal me, Collection<String> gridCodes) {
        if (gridCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from gridfusion_inspection where status = 'OPEN' and grid_code in (:codes) and grid_code like :like
                order by due_at, id limit 500
                """).param("codes", gridCodes).param("like", me.scope().regionLike())
                .query(Rows.of(InspectionRow.class)).list().stream().map(InspectionRow::inspection).toList();
    }

    private Optional<Inspection> find(long id) {
        return jdbc.sql("select * from gridfusion_inspection where id = :id").param("id", id)
                .query(Rows.of(InspectionRow.class)).optional().map(InspectionRow::inspection);
    }

    private record InspectionRow(long id, String batch, long unitId, String department, String itemCode, String itemName,
            String title, String gridCode, Instant dueAt, String status, String createdBy, Instant createdAt,
            @Nullable String doneBy, @Nullable Instant doneAt, @Nullable String note) {

        Inspection inspection() {
            return new Inspection(id, batch, unitId, department, itemCode, itemName, title, new RegionCode(gridCode), dueAt,
                    status.equals("DONE"), createdBy, createdAt, doneBy, doneAt, note);
        }
    }
}
