package org.shegong.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.demand.Actor;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandClosed;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.SubmitDemand;
import org.shegong.demand.TimeLimitClass;
import org.shegong.dispute.DisputeKind;
import org.shegong.dispute.DisputeRegister;
import org.shegong.dispute.NewDispute;
import org.shegong.dispute.Risk;
import org.shegong.identity.StaffPrincipal;
import org.shegong.volunteer.ActivityView;
import org.shegong.volunteer.NewActivity;
import org.shegong.volunteer.TaskManagement;
import org.shegong.volunteer.TaskSource;
import org.shegong.volunteer.VolunteerTaskCompleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A need found on a visit goes on to whoever can meet it, and comes back: a demand (接诉即办, through demand's intake,
 * channel {@link Channel#PARTNER} with the need's number in the matter; closing the demand settles the need), a
 * volunteer task (an activity carrying the source {@code care-need:<id>}; its completion settles the need) or a
 * dispute (registered in the dispute module with the source care visit and kept as its number).
 */
@Service
public class NeedReferrals {

    /** The volunteer task source kind of a care need. */
    public static final String TASK_SOURCE = "care-need";

    private final JdbcClient jdbc;
    private final CareRegistry registry;
    private final CarePermissions permissions;
    private final DemandManagement demands;
    private final TaskManagement tasks;
    private final Clock clock;
    private final DisputeRegister disputes;

    NeedReferrals(JdbcClient jdbc, CareRegistry registry, CarePermissions permissions, DemandManagement demands,
            TaskManagement tasks, Clock clock, DisputeRegister disputes) {
        this.disputes = disputes;
        this.jdbc = jdbc;
        this.registry = registry;
        this.permissions = permissions;
        this.demands = demands;
        this.tasks = tasks;
        this.clock = clock;
    }

    record NeedFacts(long id, PersonId personId, String description, String status) {
    }

    /** The need, if {@code me} may see its person (404 otherwise); answers the person's id. */
    @Transactional(readOnly = true)
    public PersonId personOf(StaffPrincipal me, long needId) {
        NeedFacts n = need(needId);
        registry.visibleFacts(me, n.personId());
        return n.personId();
    }

    private NeedFacts need(long needId) {
        return jdbc.sql("SELECT id, person_id, description, status FROM care_need WHERE id = :id").param("id", needId)
                .query(Rows.of(NeedFacts.class)).optional().orElseThrow(() -> new NotFound("need", needId));
    }

    private CareRegistry.Facts open(StaffPrincipal me, NeedFacts n) {
        CareRegistry.Facts f = registry.facts(n.personId());
        permissions.require(me, f.decision(), CareStep.REFER_NEED);
        if (!n.status().equals("OPEN")) {
            throw new InvalidInput("needId", "care.need.referred");
        }
        return f;
    }

    /** The need becomes a demand registered through the demand intake; answers the demand's tracking code. */
    @Transactional
    public String toDemand(StaffPrincipal me, long needId, @Nullable String categoryCode, @Nullable String phone,
            @Nullable String contactName) {
        NeedFacts n = need(needId);
        CareRegistry.Facts f = open(me, n);
        String matter = "重点群体关爱走访发现的需求（关爱需求 CN-" + needId + "）：" + n.description();
        DemandManagement.Submitted s = demands.submit(new SubmitDemand(DemandKind.HELP, TimeLimitClass.ORDINARY,
                Channel.PARTNER, categoryCode, matter, phone, CareRegistry.blankToNull(contactName), null, null, null,
                f.villageCode()), new Actor("care:" + me.username(), me.unitId().value()), me.scope(), "care-need-" + needId);
        referred(me, needId, NeedKind.DEMAND).param("demand", s.id().value()).param("code", s.trackingCode()).update();
        return s.trackingCode();
    }

    /** The need becomes a volunteer task of {@code me}'s own organization (the volunteer module decides who may). */
    @Transactional
    public ActivityView toVolunteerTask(StaffPrincipal me, long needId, NewActivity activity) {
        NeedFacts n = need(needId);
        open(me, n);
        ActivityView a = tasks.create(me, new TaskSource(TASK_SOURCE, Long.toString(needId), "/care/needs/" + needId), activity);
        referred(me, needId, NeedKind.VOLUNTEER_TASK).param("activity", a.id().value()).update();
        return a;
    }

    /** The need becomes a dispute for screening and mediation; answers the dispute's reference, when there is one. */
    @Transactional
    public String toDispute(StaffPrincipal me, long needId, DisputeReferral referral) {
        NeedFacts n = need(needId);
        CareRegistry.Facts f = open(me, n);
        String why = VisitLog.text(referral.note(), "note", "care.need.note", VisitLog.MAX_NEEDS, false);
        String ref = registerWithDisputeModule(me, f, n, why, referral);
        referred(me, needId, NeedKind.DISPUTE).param("dispute", ref).update();
        return ref;
    }

    /**
     * What the visitor adds when a need is a dispute: its kind, the other party (the registered person is the first
     * party), the risk and — for a risk of violence — how the police were told (人民调解法 §25).
     */
    public record DisputeReferral(@Nullable DisputeKind kind, @Nullable String otherParty, @Nullable Risk risk,
            @Nullable String policeReport, @Nullable String note) {
    }

    /**
     * Registers the dispute in the dispute module (source: care visit, reference {@code care-need:<id>}), in the
     * person's grid, with the need's description (and the note) as its facts; answers the dispute's number. An
     * invalid kind, party or risk is refused there and nothing is recorded here either (one transaction).
     */
    private String registerWithDisputeModule(StaffPrincipal me, CareRegistry.Facts person, NeedFacts need, @Nullable String note,
            DisputeReferral r) {
        String facts = note == null ? need.description() : need.description() + "\n" + note;
        var dispute = disputes.registerFromCareVisit(me, TASK_SOURCE + ":" + need.id(), new NewDispute(r.kind(), facts,
                person.gridCode(), null, r.risk(), null, null,
                List.of(new NewDispute.Party(person.name(), null), new NewDispute.Party(r.otherParty(), null)), r.policeReport()));
        return dispute.caseNumber();
    }

    private JdbcClient.StatementSpec referred(StaffPrincipal me, long needId, NeedKind kind) {
        return jdbc.sql("""
                UPDATE care_need SET kind = :kind, status = 'REFERRED', referred_by = :by, referred_at = :at,
                  demand_id = coalesce(:demand, demand_id), demand_code = coalesce(:code, demand_code),
                  activity_id = coalesce(:activity, activity_id), dispute_ref = coalesce(:dispute, dispute_ref)
                WHERE id = :id""")
                .param("kind", kind.name()).param("by", me.username()).param("at", Timestamp.from(clock.instant()))
                .param("id", needId).param("demand", null, java.sql.Types.BIGINT).param("code", null, java.sql.Types.VARCHAR)
                .param("activity", null, java.sql.Types.BIGINT).param("dispute", null, java.sql.Types.VARCHAR);
    }

    @ApplicationModuleListener
    void on(DemandClosed closed) {
        settle("demand_id", closed.demandId().value(), "工单已办结 / The demand was closed", closed.at());
    }

    @ApplicationModuleListener
    void on(VolunteerTaskCompleted done) {
        if (done.source() == null || !TASK_SOURCE.equals(done.source().kind())) {
            return;
        }
        long needId = Long.parseLong(done.source().reference());
        settle("id", needId, "志愿服务已完成：" + done.organization() + "，" + done.volunteers() + " 名志愿者，共 "
                + done.minutes() / 60.0 + " 小时 / Volunteer task done by " + done.organization() + ": "
                + done.volunteers() + " volunteer(s), " + done.minutes() / 60.0 + " h", done.at());
    }

    private void settle(String column, long value, String outcome, Instant at) {
        jdbc.sql("UPDATE care_need SET status = 'DONE', outcome = :o, done_at = :at WHERE " + column
                + " = :v AND status <> 'DONE'")
                .param("o", outcome).param("at", Timestamp.from(at)).param("v", value).update();
    }
}
