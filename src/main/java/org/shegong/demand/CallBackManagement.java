package org.shegong.demand;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访 (接诉即办工作条例 §23): the operators' queue of demands whose lead unit replied or whose handling
 * deadline passed, failed attempts under the retry rule of {@link CallBack}, one result per round (by phone,
 * or by the citizen online with the tracking code and the phone's last four digits), and the supervisor's
 * decision on a reopen request. Every step is on the demand's timeline and publishes {@link CallBackRecorded},
 * {@link DemandReopened} or {@link DemandClosed}.
 */
@Service
public class CallBackManagement {

    private final Demands demands;
    private final CallBacks callBacks;
    private final DemandDeadlines deadlines;
    private final ProvisionalReplies replies;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DemandPermissions permissions;

    CallBackManagement(Demands demands, CallBacks callBacks, WorkingCalendar calendar, DemandProperties properties,
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, DemandPermissions permissions,
            ProvisionalReplies replies) {
        this.permissions = permissions;
        this.replies = replies;
        this.demands = demands;
        this.callBacks = callBacks;
        this.deadlines = new DemandDeadlines(calendar, properties.policy());
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A demand waiting for call-back: the unit's reply (if any), how many attempts failed so far. */
    public record QueueRow(DemandId demandId, String trackingCode, String categoryCode, String regionCode, String matter,
            String phoneMasked, DemandStatus status, long leadUnitId, Instant replyBy, @Nullable Instant repliedAt,
            @Nullable String reply, int round, int failedAttempts) {
    }

    /** A reopen request waiting for a supervisor: what the requester said at call-back. */
    public record ReopenRow(DemandId demandId, String trackingCode, String categoryCode, String regionCode, String matter,
            int round, boolean resolved, Satisfaction satisfaction, @Nullable String comment, Instant recordedAt) {
    }

    /** One round as staff see it on the demand's page. */
    @Schema(name = "CallBackManagementRoundView")
    public record RoundView(int round, String status, int failedAttempts, @Nullable Boolean resolved,
            @Nullable Satisfaction satisfaction, @Nullable String comment, @Nullable String channel,
            @Nullable Instant recordedAt, @Nullable String reopen, @Nullable String reopenReason) {
    }

    @Transactional(readOnly = true)
    public List<QueueRow> queue(Scope scope, int limit) {
        return jdbc.sql("""
                select d.id as demand_id, d.tracking_code, d.category_code, d.region_code, d.matter, d.phone_masked, d.status,
                       o.unit_id as lead_unit_id, o.reply_by, o.replied_at, o.reply,
                       -- a round not yet called (none, or a reopen approved) is the next one, with no failed attempts
                       case when cb.status is null or cb.reopen = 'APPROVED' then coalesce(cb.round, 0) + 1 else cb.round end
                         as round,
                       case when cb.status is null or cb.reopen = 'APPROVED' then 0
                            else (select count(*) from demand_callback_attempt a where a.demand_id = d.id and a.round = cb.round)
                       end as failed_attempts
                from (select r.id from demand r where r.status = 'REPLIED' and r.region_code like :like
                      union
                      select w.demand_id from demand_work_order w join demand r on r.id = w.demand_id
                      where w.status in ('DISPATCHED', 'ACCEPTED') and w.reply_by <= :now and w.role = 'LEAD'
                        and r.status in ('DISPATCHED', 'ACCEPTED') and r.region_code like :like) due
                join demand d on d.id = due.id
                join lateral (select * from demand_work_order w where w.demand_id = d.id and w.role = 'LEAD'
                              and w.status <> 'WITHDRAWN' order by w.seq desc limit 1) o on true
                left join lateral (select * from demand_callback c where c.demand_id = d.id order by c.round desc limit 1) cb on true
                where (d.status = 'REPLIED' or o.reply_by <= :now)
                  and (cb.status is null or cb.status = 'OPEN' or cb.reopen = 'APPROVED')
                order by coalesce(o.replied_at, o.reply_by)
                limit :limit
                """).param("like", scope.regionLike()).param("now", Timestamp.from(clock.instant()))
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(QueueRow.class)).list();
    }

    @Transactional(readOnly = true)
    public List<ReopenRow> reopenRequests(Scope scope, int limit) {
        return jdbc.sql("""
                select d.id as demand_id, d.tracking_code, d.category_code, d.region_code, d.matter, c.round,
                       coalesce(c.resolved, false) as resolved, c.satisfaction, c.comment, c.recorded_at
                from demand_callback c join demand d on d.id = c.demand_id
                where c.reopen = 'REQUESTED' and d.region_code like :like
                order by c.recorded_at limit :limit
                """).param("like", scope.regionLike()).param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(ReopenRow.class)).list();
    }

    @Transactional(readOnly = true)
    public List<RoundView> rounds(Scope scope, DemandId demandId) {
        load(scope, demandId);
        return jdbc.sql("""
                select c.round, c.status, c.resolved, c.satisfaction, c.comment, c.channel, c.recorded_at, c.reopen,
                  c.reopen_reason,
                  (select count(*) from demand_callback_attempt a where a.demand_id = c.demand_id and a.round = c.round)
                    as failed_attempts
                from demand_callback c where c.demand_id = :d order by c.round
                """).param("d", demandId.value()).query(Rows.of(RoundView.class)).list();
    }

    /** The phone was not answered; the last allowed failure marks the requester unreachable. */
    @Transactional
    public RoundView notReached(StaffPrincipal operator, DemandId demandId) {
        Demand d = load(operator.scope(), demandId);
        permissions.require(operator, d, DemandStep.CALL_BACK);
        requireDue(d);
        CallBack c = callBacks.current(d.id());
        Instant now = clock.instant();
        c.notReached(operator.username(), now);
        d.noteCallBack(DemandStep.CALL_BACK, TimelineEntry.NOT_REACHED, "第" + c.failedAttempts().size() + "次未接通", actorOf(operator), now);
        callBacks.save(c);
        demands.save(d);
        if (c.status() == CallBack.Status.UNREACHABLE) {
            events.publishEvent(new CallBackRecorded(demandId, c.round(), false, null, null, "PHONE", now));
        }
        return view(c);
    }

    /** The operator reached the requester and records the result. */
    @Transactional
    public RoundView record(StaffPrincipal operator, DemandId demandId, @Nullable Boolean resolved,
            @Nullable Satisfaction satisfaction, @Nullable String comment) {
        Demand d = load(operator.scope(), demandId);
        permissions.require(operator, d, DemandStep.CALL_BACK);
        if (callBacks.current(d.id()).status() == CallBack.Status.DONE) {
            throw new InvalidInput("result", "callback.result.already");
        }
        requireDue(d);
        return result(d, resolved, satisfaction, comment, CallBack.Channel.PHONE, actorOf(operator));
    }

    /**
     * A citizen's own rating with the tracking code and the phone's last four digits. A wrong pair finds
     * nothing, exactly like an unknown code (empty); a demand not yet replied is refused.
     */
    @Transactional
    public Optional<RoundView> rateOnline(String trackingCode, String lastFour, @Nullable Boolean resolved,
            @Nullable Satisfaction satisfaction, @Nullable String comment) {
        if (trackingCode == null || lastFour == null || !lastFour.matches("\\d{4}")) {
            return Optional.empty();
        }
        Optional<Demand> found = demands.findByTrackingCode(trackingCode.strip().toUpperCase(Locale.ROOT))
                .filter(d -> MessageDigest.isEqual(d.intake().phoneLastFour().getBytes(StandardCharsets.US_ASCII),
                        lastFour.getBytes(StandardCharsets.US_ASCII)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Demand d = found.get();
        if (callBacks.current(d.id()).status() == CallBack.Status.DONE) {
            throw new InvalidInput("result", "callback.result.already");
        }
        if (d.status() != DemandStatus.REPLIED) {
            throw new InvalidInput("trackingCode", "callback.rating.notReplied");
        }
        return Optional.of(result(d, resolved, satisfaction, comment, CallBack.Channel.ONLINE, new Actor("citizen", 0)));
    }

    private RoundView result(Demand d, @Nullable Boolean resolved, @Nullable Satisfaction satisfaction,
            @Nullable String comment, CallBack.Channel channel, Actor actor) {
        DemandId id = d.id();
        CallBack c = callBacks.current(id);
        Instant now = clock.instant();
        c.result(resolved, satisfaction, comment, channel, actor.username(), now, d.status() == DemandStatus.REPLIED);
        d.noteCallBack(DemandStep.CALL_BACK, channel == CallBack.Channel.ONLINE ? TimelineEntry.ONLINE : null,
                (Boolean.TRUE.equals(resolved) ? "已解决" : "未解决") + "；" + label(satisfaction)
                        + (c.comment() == null ? "" : "；" + c.comment()), actor, now);
        if (c.reopen() == null && d.status() == DemandStatus.REPLIED) {
            d.close(actor, now);
        }
        callBacks.save(c);
        demands.save(d);
        events.publishEvent(new CallBackRecorded(id, c.round(), true, resolved, satisfaction, channel.name(), now));
        return view(c);
    }

    /** A supervisor sends the demand back to its lead unit with a new handling deadline from the calendar. */
    @Transactional
    public DemandView approveReopen(StaffPrincipal supervisor, DemandId demandId, String reason) {
        Demand d = load(supervisor.scope(), demandId);
        permissions.require(supervisor, d, DemandStep.DECIDE_REOPEN);
        CallBack c = callBacks.latest(d.id()).orElseThrow(() -> new InvalidInput("reopen", "callback.reopen.notRequested"));
        Instant now = clock.instant();
        c.approveReopen(reason, supervisor.username(), now);
        long unit = d.leadOrder().map(WorkOrder::unitId).orElseThrow(() -> new InvalidInput("reopen", "callback.reopen.notReplied"));
        var limits = deadlines.forDispatch(d.kind(), d.limitClass(), d.region(), d.categoryCode(), now);
        d.reopen(limits.lead(unit), c.reopenReason(), actorOf(supervisor), now);
        replies.register(d, limits, now);
        callBacks.save(c);
        Demand saved = demands.save(d);
        return DemandView.of(saved, permissions.allowed(supervisor, saved));
    }

    /** A supervisor refuses to reopen, with a reason; the demand is closed with the result it has. */
    @Transactional
    public DemandView rejectReopen(StaffPrincipal supervisor, DemandId demandId, String reason) {
        Demand d = load(supervisor.scope(), demandId);
        permissions.require(supervisor, d, DemandStep.DECIDE_REOPEN);
        CallBack c = callBacks.latest(d.id()).orElseThrow(() -> new InvalidInput("reopen", "callback.reopen.notRequested"));
        Instant now = clock.instant();
        c.rejectReopen(reason, supervisor.username(), now);
        d.noteCallBack(DemandStep.DECIDE_REOPEN, TimelineEntry.REJECTED, c.reopenReason(), actorOf(supervisor), now);
        if (d.status() == DemandStatus.REPLIED) {
            d.close(actorOf(supervisor), now);
        }
        callBacks.save(c);
        Demand saved = demands.save(d);
        return DemandView.of(saved, permissions.allowed(supervisor, saved));
    }

    /** Due for call-back: the lead replied, or the handling deadline has passed without a reply. */
    private void requireDue(Demand d) {
        boolean replied = d.status() == DemandStatus.REPLIED;
        boolean overdue = (d.status() == DemandStatus.DISPATCHED || d.status() == DemandStatus.ACCEPTED)
                && d.leadOrder().map(o -> !o.replyBy().isAfter(clock.instant())).orElse(false);
        if (!replied && !overdue) {
            throw new InvalidInput("status", "callback.notDue", d.status());
        }
    }

    private static String label(@Nullable Satisfaction s) {
        return s == null ? "" : switch (s) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case DISSATISFIED -> "不满意";
        };
    }

    private static RoundView view(CallBack c) {
        return new RoundView(c.round(), c.status().name(), c.failedAttempts().size(), c.resolved(), c.satisfaction(),
                c.comment(), c.channel() == null ? null : c.channel().name(), c.recordedAt(),
                c.reopen() == null ? null : c.reopen().name(), c.reopenReason());
    }

    private Demand load(Scope scope, DemandId id) {
        return demands.find(id, scope).orElseThrow(() -> new NotFound("demand", id));
    }

    private static Actor actorOf(StaffPrincipal p) {
        return new Actor(p.username(), p.unitId().value());
    }
}
