package org.shegong.volunteer;

import org.shegong.NotPermitted;
import org.shegong.demand.DemandId;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.DemandNotes;
import org.shegong.demand.DemandView;
import org.shegong.identity.StaffPrincipal;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs → tasks: a township or community turns a citizen's demand (接诉即办) into a volunteer activity run by one of its
 * organizations; when the organizer reports it done, the demand's timeline records who served and for how long.
 */
@Service
public class TaskManagement {

    private final DemandManagement demands;
    private final DemandNotes notes;
    private final ActivityManagement activities;

    TaskManagement(DemandManagement demands, DemandNotes notes, ActivityManagement activities) {
        this.demands = demands;
        this.notes = notes;
        this.activities = activities;
    }

    /** The demand as the staff member may see it (404 outside their scope), to prefill a task. */
    @Transactional(readOnly = true)
    public DemandView demand(StaffPrincipal me, long demandId) {
        return demands.find(me.scope(), new DemandId(demandId));
    }

    /** Creates the task: an activity of the staff member's own organization tied to a demand in their scope. */
    @Transactional
    public ActivityView create(StaffPrincipal me, long demandId, NewActivity activity) {
        if (!VolunteerStep.CREATE_TASK.allowsAnyOf(me.roles())) {
            throw new NotPermitted("volunteer.rule.role");
        }
        DemandView d = demands.find(me.scope(), new DemandId(demandId));
        return activities.create(me, activity, d.id().value());
    }

    /**
     * Creates a task from another module's record (e.g. a care need found on a visit): an activity of the staff
     * member's own organization carrying {@code source}, so the completion event names it and the owning module
     * writes the outcome back. The volunteer module knows nothing of the source beyond its kind and reference.
     */
    @Transactional
    public ActivityView create(StaffPrincipal me, TaskSource source, NewActivity activity) {
        if (!VolunteerStep.CREATE_TASK.allowsAnyOf(me.roles())) {
            throw new NotPermitted("volunteer.rule.role");
        }
        return activities.create(me, activity, null, source);
    }

    @ApplicationModuleListener
    void on(VolunteerTaskCompleted done) {
        if (done.demandId() == null) {
            return;
        }
        notes.recordVolunteerService(new DemandId(done.demandId()), done.organization(),
                done.organization() + "：" + done.volunteers() + " 名志愿者服务 " + Hours.text(done.minutes()) + " 小时 / "
                        + done.volunteers() + " volunteer(s) served " + Hours.text(done.minutes()) + " h",
                done.at());
    }
}
