package org.shegong.dispute;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.identity.StaffPrincipal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a dispute after registration (人民调解法): consent, mediation within its limit, sessions, extension,
 * agreement and its taking effect, judicial confirmation, performance, failure with the notice of other routes, the
 * police report and escalation. Each step loads the dispute within the caller's visibility (404), asks
 * {@link DisputePermissions} (403), checks the state and the input (400, nothing changed) and the version (409).
 */
@Service
@EnableConfigurationProperties(DisputeProperties.class)
public class Mediation {

    private final JdbcClient jdbc;
    private final Disputes disputes;
    private final DisputePermissions permissions;
    private final DisputeRegister register;
    private final Committees committees;
    private final WorkingCalendar calendar;
    private final DisputeProperties properties;
    private final AgreementDocument document;
    private final Clock clock;

    Mediation(JdbcClient jdbc, Disputes disputes, DisputePermissions permissions, DisputeRegister register,
            Committees committees, WorkingCalendar calendar, DisputeProperties properties, AgreementDocument document,
            Clock clock) {
        this.document = document;
        this.jdbc = jdbc;
        this.disputes = disputes;
        this.permissions = permissions;
        this.register = register;
        this.committees = committees;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    private Disputes.Row load(StaffPrincipal me, DisputeId id, DisputeStep step) {
        Disputes.Row d = disputes.find(id).orElseThrow(() -> new NotFound("dispute", id));
        permissions.require(me, d, step);
        return d;
    }

    private DisputeView done(StaffPrincipal me, DisputeId id) {
        return register.view(me, disputes.find(id).orElseThrow());
    }

    private static void state(Disputes.Row d, DisputeStatus... allowed) {
        if (!List.of(allowed).contains(d.status())) {
            throw new InvalidInput("status", "dispute.state.wrong", d.status().name());
        }
    }

    /** Records one party's answer: consent, refusal (§17) or, during mediation, a request to stop it (§23). */
    @Transactional
    public DisputeView recordConsent(StaffPrincipal me, DisputeId id, @Nullable Integer partySeq, @Nullable Consent answer) {
        Disputes.Row d = load(me, id, DisputeStep.MEDIATE);
        if (answer == null || answer == Consent.PENDING) {
            throw new InvalidInput("consent", "dispute.consent.answer");
        }
        List<DisputeView.PartyView> parties = disputes.parties(id);
        DisputeView.PartyView party = parties.stream().filter(p -> partySeq != null && p.seq() == partySeq).findFirst()
                .orElseThrow(() -> new InvalidInput("party", "dispute.party.unknown", String.valueOf(partySeq)));
        Instant now = clock.instant();
        if (answer == Consent.STOPPED) {
            // 人民调解法 §23: a party may ask to end mediation; it ends, and the parties are told of other routes (§26)
            state(d, DisputeStatus.MEDIATING, DisputeStatus.AGREED);
            disputes.update(d, "status = 'FAILED', failed_at = :now, failure_notice = :reason",
                    Map.of("now", Timestamp.from(now), "reason", "STOPPED:" + party.name()));
        } else {
            state(d, DisputeStatus.REGISTERED);
            disputes.update(d, "risk = risk", Map.of());
        }
        jdbc.sql("UPDATE dispute_party SET consent = :c, consent_at = :now WHERE dispute_id = :id AND seq = :seq")
                .param("c", answer.name()).param("now", Timestamp.from(now)).param("id", id.value()).param("seq", party.seq())
                .update();
        disputes.event(id, now, me.displayName(), DisputeStep.MEDIATE, "consent " + party.seq() + " " + answer.name());
        return done(me, id);
    }

    /** Starts mediation: every party's consent (§17), a serving committee at village level, the month limit. */
    @Transactional
    public DisputeView start(StaffPrincipal me, DisputeId id) {
        Disputes.Row d = load(me, id, DisputeStep.MEDIATE);
        state(d, DisputeStatus.REGISTERED);
        MediationRules.requireConsents(disputes.parties(id).stream().map(DisputeView.PartyView::consent).toList());
        LocalDate today = LocalDate.now(clock);
        Long committee = committees.serving(d.holderRegion(), today).map(Committees.Committee::id).orElse(null);
        // 人民调解法 §7: mediation in the village is by its people's mediation committee
        if (committee == null && d.holderLevel() == Level.VILLAGE) {
            throw new InvalidInput("committee", "dispute.committee.missing", d.holderRegion().value());
        }
        Deadline due = MediationRules.monthLimit(calendar, today, properties.monthsFor(d.region().value()),
                d.region().value());
        Map<String, Object> p = new HashMap<>();
        p.put("c", committee);
        p.put("start", today);
        p.put("due", due.date());
        p.put("note", due.explanation() + " / " + due.explanationEn());
        disputes.update(d, "status = 'MEDIATING', committee_id = :c, mediation_started_on = :start, mediation_due = :due, "
                + "mediation_due_note = :note", p);
        disputes.event(id, clock.instant(), me.displayName(), DisputeStep.MEDIATE, "start, due " + due.date());
        return done(me, id);
    }

    /** Records a mediation session with its notes (人民调解法 §27: records are kept). */
    @Transactional
    public DisputeView recordSession(StaffPrincipal me, DisputeId id, @Nullable LocalDate heldOn, @Nullable String mediators,
            @Nullable String notes) {
        Disputes.Row d = load(me, id, DisputeStep.MEDIATE);
        state(d, DisputeStatus.MEDIATING);
        String m = DisputeRegister.text(mediators, "mediators", 200, true);
        String n = DisputeRegister.text(notes, "notes", DisputeRegister.MAX_FACTS, true);
        LocalDate day = heldOn == null ? LocalDate.now(clock) : heldOn;
        if (day.isAfter(LocalDate.now(clock)) || day.isBefore(d.mediationStartedOn())) {
            throw new InvalidInput("heldOn", "dispute.session.date");
        }
        int seq = jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM dispute_session WHERE dispute_id = :id").param("id", id.value())
                .query(Integer.class).single();
        disputes.update(d, "risk = risk", Map.of());
        jdbc.sql("INSERT INTO dispute_session (dispute_id, seq, held_on, mediators, notes) VALUES (:id, :seq, :on, :m, :n)")
                .param("id", id.value()).param("seq", seq).param("on", day).param("m", m).param("n", n).update();
        disputes.event(id, clock.instant(), me.displayName(), DisputeStep.MEDIATE, "session " + seq);
        return done(me, id);
    }

    /** Extends the month limit by {@code days} calendar days, only with both parties' agreement. */
    @Transactional
    public DisputeView extend(StaffPrincipal me, DisputeId id, boolean bothAgree, @Nullable Integer days) {
        Disputes.Row d = load(me, id, DisputeStep.MEDIATE);
        state(d, DisputeStatus.MEDIATING);
        MediationRules.requireExtensionAgreed(bothAgree, days);
        Deadline due = calendar.addCalendarDays(d.mediationDue(), days, d.region().value());
        disputes.update(d, "mediation_due = :due, mediation_due_note = :note, extended_days = extended_days + :days",
                Map.of("due", due.date(), "note", due.explanation() + " / " + due.explanationEn(), "days", days));
        disputes.event(id, clock.instant(), me.displayName(), DisputeStep.MEDIATE, "extended " + days + " → " + due.date());
        return done(me, id);
    }

    /** Writes the agreement (人民调解法 §28): facts, terms, way and date of performance. */
    @Transactional
    public DisputeView agree(StaffPrincipal me, DisputeId id, @Nullable String facts, @Nullable String terms,
            @Nullable String performanceWay, @Nullable LocalDate performBy) {
        Disputes.Row d = load(me, id, DisputeStep.MEDIATE);
        state(d, DisputeStatus.MEDIATING);
        MediationRules.requireAgreement(facts, terms, performanceWay, performBy);
        String f = DisputeRegister.text(facts, "facts", DisputeRegister.MAX_FACTS, true);
        String t = DisputeRegister.text(terms, "terms", DisputeRegister.MAX_FACTS, true);
        String w = DisputeRegister.text(performanceWay, "performanceWay", 500, true);
        if (performBy.isBefore(LocalDate.now(clock))) {
            throw new InvalidInput("performBy", "dispute.agreement.performByPast");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("f", f);
        p.put("t", t);
        p.put("w", w);
        p.put("by", performBy);
        p.put("now", Timestamp.from(clock.instant()));
        disputes.update(d, "status = 'AGREED', agreement_facts = :f, agreement_terms = :t, performance_way = :w, "
                + "performance_due = :by, agreed_at = :now", p);
        disputes.event(id, clock.instant(), me.displayName(), DisputeStep.MEDIATE, "agreement written");
        return done(me, id);
    }

    /**
     * The agreement takes effect on the parties' signatures and the mediator's signature and committee seal (§29); the
     * dispute is settled at the level that holds it, and the 30-day window for joint judicial confirmation opens (§33).
     */
    @Transactional
    public DisputeView sign(StaffPrincipal me, DisputeId id, @Nullable LocalDate effectiveOn, boolean partiesSigned,
            boolean mediatorSigned, boolean sealed) {
        Disputes.Row d = load(me, id, DisputeStep.MEDIATE);
        state(d, DisputeStatus.AGREED);
        MediationRules.requireSignedAndSealed(partiesSigned, mediatorSigned, sealed);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = effectiveOn == null ? today : effectiveOn;
        LocalDate agreed = d.agreedAt().atZone(Deadline.ZONE).toLocalDate();
        if (on.isAfter(today) || on.isBefore(agreed)) {
            throw new InvalidInput("effectiveOn", "dispute.agreement.effectiveDate");
        }
        Deadline window = MediationRules.confirmationWindow(calendar, on, d.region().value());
        Map<String, Object> p = new HashMap<>();
        p.put("on", on);
        p.put("due", window.date());
        p.put("note", window.explanation() + " / " + window.explanationEn());
        p.put("now", Timestamp.from(clock.instant()));
        p.put("level", d.holderLevel().name());
        disputes.update(d, "status = 'EFFECTIVE', effective_on = :on, confirmation_due = :due, confirmation_due_note = :note, "
                + "settled_at = :now, settled_level = :level", p);
        disputes.event(id, clock.instant(), me.displayName(), DisputeStep.MEDIATE, "effective " + on + ", settled at "
                + d.holderLevel());
        return done(me, id);
    }

    /** The joint application for judicial confirmation (§33), on {@code appliedOn} (default today); day 31 is refused. */
    @Transactional
    public DisputeView requestConfirmation(StaffPrincipal me, DisputeId id, @Nullable LocalDate appliedOn) {
        Disputes.Row d = load(me, id, DisputeStep.FOLLOW_UP);
        state(d, DisputeStatus.EFFECTIVE);
        if (d.confirmationOn() != null) {
            throw new InvalidInput("appliedOn", "dispute.confirmation.already");
        }
        LocalDate on = appliedOn == null ? LocalDate.now(clock) : appliedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("appliedOn", "dispute.confirmation.future");
        }
        Deadline window = MediationRules.confirmationWindow(calendar, d.effectiveOn(), d.region().value());
        MediationRules.requireWithinConfirmationWindow(window, on, d.effectiveOn());
        disputes.update(d, "confirmation_on = :on", Map.of("on", on));
        disputes.event(id, clock.instant(), me.displayName(), DisputeStep.FOLLOW_UP, "judicial confirmation applied " + on);
        return done(me, id);
    }

    /** Performance follow-up: performed (closes the dispute) or a note of what is still outstanding. */
    @Transactional
    public DisputeView recordPerformance(StaffPrincipal me, DisputeId id, boolean performed, @Nullable String note) {
        Disputes.Row d = load(me, id, DisputeStep.FOLLOW_UP);
        state(d, DisputeStatus.EFFECTIVE);
        String n = DisputeRegister.text(note, "note", DisputeRegister.MAX_FACTS, !performed);
        Instant now = clock.instant();
        Map<String, Object> p = new HashMap<>();
        p.put("note", n);
        p.put("now", Timestamp.from(now));
        disputes.update(d, performed ? "status = 'PERFORMED', performed_at = :now, performance_note = :note"
                : "performance_note = :note, performed_at = performed_at", p);
        disputes.event(id, now, me.displayName(), DisputeStep.FOLLOW_UP, (performed ? "performed" : "follow-up")
                + (n == null ? "" : ": " + n));
        return done(me, id);
    }

    /** Mediation failed (or was refused): it ends and the parties are told of arbitration, administrative and judicial routes (§26). */
    @Transactional
    public DisputeView fail(StaffPrincipal me, DisputeId id, @Nullable String reason) {
        Disputes.Row d = load(me, id, DisputeStep.MEDIATE);
        state(d, DisputeStatus.REGISTERED, DisputeStatus.MEDIATING, DisputeStatus.AGREED);
        String r = DisputeRegister.text(reason, "reason", DisputeRegister.MAX_FACTS, true);
        Instant now = clock.instant();
        disputes.update(d, "status = 'FAILED', failed_at = :now, failure_notice = :r", Map.of("now", Timestamp.from(now), "r", r));
        disputes.event(id, now, me.displayName(), DisputeStep.MEDIATE, "failed: " + r);
        return done(me, id);
    }

    /** Reports the dispute to the police and flags it (人民调解法 §25). */
    @Transactional
    public DisputeView reportPolice(StaffPrincipal me, DisputeId id, @Nullable String report) {
        Disputes.Row d = load(me, id, DisputeStep.REPORT_POLICE);
        if (d.policeReportedAt() != null || d.status() == DisputeStatus.PERFORMED) {
            throw new InvalidInput("status", "dispute.police.already");
        }
        String r = DisputeRegister.text(report, "policeReport", DisputeRegister.MAX_FACTS, true);
        Instant now = clock.instant();
        disputes.update(d, "risk = 'VIOLENCE', police_reported_at = :now, police_report = :r",
                Map.of("now", Timestamp.from(now), "r", r));
        disputes.event(id, now, me.displayName(), DisputeStep.REPORT_POLICE, r);
        return done(me, id);
    }

    /**
     * Hands the dispute up one level (village → township → county 综治中心): the new holder asks the parties' consent
     * again and mediates within a new limit; the level it is finally settled at is the one recorded.
     */
    @Transactional
    public DisputeView escalate(StaffPrincipal me, DisputeId id, @Nullable String reason) {
        Disputes.Row d = load(me, id, DisputeStep.ESCALATE);
        state(d, DisputeStatus.REGISTERED, DisputeStatus.MEDIATING, DisputeStatus.FAILED);
        String r = DisputeRegister.text(reason, "reason", DisputeRegister.MAX_FACTS, true);
        Level next = MediationRules.above(d.holderLevel());
        disputes.update(d, "status = 'REGISTERED', holder_level = :level, holder_region_code = :region, committee_id = NULL, "
                + "mediation_started_on = NULL, mediation_due = NULL, mediation_due_note = NULL, failed_at = NULL, "
                + "failure_notice = NULL", Map.of("level", next.name(), "region", next.regionOf(d.region()).value()));
        jdbc.sql("UPDATE dispute_party SET consent = 'PENDING', consent_at = NULL WHERE dispute_id = :id").param("id", id.value())
                .update();
        disputes.event(id, clock.instant(), me.displayName(), DisputeStep.ESCALATE, next.name() + ": " + r);
        return done(me, id);
    }

    /** The agreement document (人民调解协议书) as a PDF, once an agreement is written. */
    @Transactional(readOnly = true)
    public byte[] agreementPdf(StaffPrincipal me, DisputeId id) {
        Disputes.Row d = load(me, id, DisputeStep.VIEW);
        if (d.agreementTerms() == null) {
            throw new InvalidInput("agreement", "dispute.agreement.none");
        }
        DisputeView v = register.view(me, d);
        return document.render(v, v.parties().stream()
                .map(p -> p.seq() + ". " + p.name() + (p.idMasked() == null ? "" : "（公民身份号码 " + p.idMasked() + "）"))
                .toList());
    }
}
