package org.shegong.dispute.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.dispute.Committees;
import org.shegong.dispute.Consent;
import org.shegong.dispute.DisputeId;
import org.shegong.dispute.DisputeRegister;
import org.shegong.dispute.DisputeRoute;
import org.shegong.dispute.DisputeStatistics;
import org.shegong.dispute.DisputeStep;
import org.shegong.dispute.DisputeView;
import org.shegong.dispute.Mediation;
import org.shegong.dispute.NewDispute;
import org.shegong.dispute.Screenings;
import org.shegong.identity.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of dispute screening and people's mediation; every step calls the same module method as its page form. */
@RestController
class DisputeApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DisputeRegister register;
    private final Mediation mediation;
    private final Screenings screenings;
    private final Committees committees;
    private final DisputeStatistics statistics;
    private final MessageSource messages;

    DisputeApiController(DisputeRegister register, Mediation mediation, Screenings screenings, Committees committees,
            DisputeStatistics statistics, MessageSource messages) {
        this.register = register;
        this.mediation = mediation;
        this.screenings = screenings;
        this.committees = committees;
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping("/api/v1/disputes")
    @DisputeRoute(DisputeStep.VIEW)
    List<DisputeRegister.Line> list(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "100") int limit) {
        return register.list(me, open, limit);
    }

    @PostMapping("/api/v1/disputes")
    @DisputeRoute(DisputeStep.REGISTER)
    ResponseEntity<DisputeView> registerDispute(@AuthenticationPrincipal StaffPrincipal me, @RequestBody NewDispute body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(register.register(me, body));
    }

    @GetMapping("/api/v1/disputes/{id}")
    @DisputeRoute(DisputeStep.VIEW)
    DisputeView dispute(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return register.find(me, new DisputeId(id));
    }

    record ConsentForm(@Nullable Integer party, @Nullable Consent consent) {
    }

    @PostMapping("/api/v1/disputes/{id}/consents")
    @DisputeRoute(DisputeStep.MEDIATE)
    DisputeView consent(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody ConsentForm body) {
        return mediation.recordConsent(me, new DisputeId(id), body.party(), body.consent());
    }

    @PostMapping("/api/v1/disputes/{id}/mediation")
    @DisputeRoute(DisputeStep.MEDIATE)
    DisputeView start(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return mediation.start(me, new DisputeId(id));
    }

    record SessionForm(@Nullable LocalDate heldOn, @Nullable String mediators, @Nullable String notes) {
    }

    @PostMapping("/api/v1/disputes/{id}/sessions")
    @DisputeRoute(DisputeStep.MEDIATE)
    DisputeView session(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody SessionForm body) {
        return mediation.recordSession(me, new DisputeId(id), body.heldOn(), body.mediators(), body.notes());
    }

    record ExtensionForm(@Nullable Boolean bothAgree, @Nullable Integer days) {
    }

    @PostMapping("/api/v1/disputes/{id}/extension")
    @DisputeRoute(DisputeStep.MEDIATE)
    DisputeView extend(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody ExtensionForm body) {
        return mediation.extend(me, new DisputeId(id), Boolean.TRUE.equals(body.bothAgree()), body.days());
    }

    record AgreementForm(@Nullable String facts, @Nullable String terms, @Nullable String performanceWay,
            @Nullable LocalDate performBy) {
    }

    @PostMapping("/api/v1/disputes/{id}/agreement")
    @DisputeRoute(DisputeStep.MEDIATE)
    DisputeView agree(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody AgreementForm body) {
        return mediation.agree(me, new DisputeId(id), body.facts(), body.terms(), body.performanceWay(), body.performBy());
    }

    @GetMapping("/api/v1/disputes/{id}/agreement.pdf")
    @DisputeRoute(DisputeStep.VIEW)
    ResponseEntity<byte[]> agreementPdf(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return pdf(mediation.agreementPdf(me, new DisputeId(id)), id);
    }

    static ResponseEntity<byte[]> pdf(byte[] body, long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mediation-agreement-" + id + ".pdf\"")
                .body(body);
    }

    record SigningForm(@Nullable LocalDate effectiveOn, @Nullable Boolean partiesSigned, @Nullable Boolean mediatorSigned,
            @Nullable Boolean sealed) {
    }

    @PostMapping("/api/v1/disputes/{id}/signing")
    @DisputeRoute(DisputeStep.MEDIATE)
    DisputeView sign(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody SigningForm body) {
        return mediation.sign(me, new DisputeId(id), body.effectiveOn(), Boolean.TRUE.equals(body.partiesSigned()),
                Boolean.TRUE.equals(body.mediatorSigned()), Boolean.TRUE.equals(body.sealed()));
    }

    record ReasonForm(@Nullable String reason) {
    }

    @PostMapping("/api/v1/disputes/{id}/failure")
    @DisputeRoute(DisputeStep.MEDIATE)
    DisputeView fail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody ReasonForm body) {
        return mediation.fail(me, new DisputeId(id), body.reason());
    }

    @PostMapping("/api/v1/disputes/{id}/escalation")
    @DisputeRoute(DisputeStep.ESCALATE)
    DisputeView escalate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody ReasonForm body) {
        return mediation.escalate(me, new DisputeId(id), body.reason());
    }

    record PoliceForm(@Nullable String report) {
    }

    @PostMapping("/api/v1/disputes/{id}/police")
    @DisputeRoute(DisputeStep.REPORT_POLICE)
    DisputeView police(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody PoliceForm body) {
        return mediation.reportPolice(me, new DisputeId(id), body.report());
    }

    record ConfirmationForm(@Nullable LocalDate appliedOn) {
    }

    @PostMapping("/api/v1/disputes/{id}/confirmation")
    @DisputeRoute(DisputeStep.FOLLOW_UP)
    DisputeView confirmation(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody ConfirmationForm body) {
        return mediation.requestConfirmation(me, new DisputeId(id), body.appliedOn());
    }

    record PerformanceForm(@Nullable Boolean performed, @Nullable String note) {
    }

    @PostMapping("/api/v1/disputes/{id}/performance")
    @DisputeRoute(DisputeStep.FOLLOW_UP)
    DisputeView performance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody PerformanceForm body) {
        return mediation.recordPerformance(me, new DisputeId(id), Boolean.TRUE.equals(body.performed()), body.note());
    }

    // ---- screening

    @GetMapping("/api/v1/disputes/screenings")
    @DisputeRoute(DisputeStep.VIEW)
    List<Screenings.Round> screenings(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "100") int limit) {
        return screenings.list(me, limit);
    }

    record PlanForm(@Nullable String gridCode, @Nullable String title, @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd, @Nullable Long assigneeAccountId) {
    }

    @PostMapping("/api/v1/disputes/screenings")
    @DisputeRoute(DisputeStep.PLAN_SCREENING)
    ResponseEntity<Screenings.Round> plan(@AuthenticationPrincipal StaffPrincipal me, @RequestBody PlanForm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(screenings.plan(me, body.gridCode(), body.title(),
                body.periodStart(), body.periodEnd(), body.assigneeAccountId()));
    }

    @GetMapping("/api/v1/disputes/screenings/{id}")
    @DisputeRoute(DisputeStep.VIEW)
    Screenings.Round screening(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return screenings.find(me, id);
    }

    record ItemForm(@Nullable String target, @Nullable String found, @Nullable Boolean hasDispute) {
    }

    @PostMapping("/api/v1/disputes/screenings/{id}/items")
    @DisputeRoute(DisputeStep.SCREEN)
    Screenings.Round mark(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody ItemForm body) {
        return screenings.mark(me, id, body.target(), body.found(), Boolean.TRUE.equals(body.hasDispute()));
    }

    // ---- committees

    @GetMapping("/api/v1/disputes/committees")
    @DisputeRoute(DisputeStep.VIEW)
    List<Committees.Committee> committees(@AuthenticationPrincipal StaffPrincipal me) {
        return committees.list(me.scope());
    }

    record CommitteeForm(@Nullable String regionCode, @Nullable String name, @Nullable List<String> members,
            @Nullable LocalDate termStart) {
    }

    @PostMapping("/api/v1/disputes/committees")
    @DisputeRoute(DisputeStep.MANAGE_COMMITTEES)
    ResponseEntity<Committees.Committee> committee(@AuthenticationPrincipal StaffPrincipal me, @RequestBody CommitteeForm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(committees.create(me, body.regionCode(), body.name(),
                body.members(), body.termStart()));
    }

    // ---- statistics

    @GetMapping("/api/v1/disputes/statistics")
    @DisputeRoute(DisputeStep.STATISTICS)
    DisputeStatistics.Figures statistics(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(required = false) @Nullable String region) {
        return statistics.figures(statistics.within(me, region));
    }

    @GetMapping("/api/v1/disputes/statistics.xlsx")
    @DisputeRoute(DisputeStep.STATISTICS)
    ResponseEntity<byte[]> export(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(required = false) @Nullable String region, Locale locale) {
        return xlsx(statistics.export(statistics.within(me, region), k -> messages.getMessage(k, null, k, locale)));
    }

    static ResponseEntity<byte[]> xlsx(byte[] body) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dispute-statistics.xlsx\"").body(body);
    }
}
