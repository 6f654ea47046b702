package org.shegong.care.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.care.AssignVisitor;
import org.shegong.care.CareRegistry;
import org.shegong.care.CareRoute;
import org.shegong.care.CareStatistics;
import org.shegong.care.CareStep;
import org.shegong.care.Group;
import org.shegong.care.NeedReferrals;
import org.shegong.care.NewPerson;
import org.shegong.care.NewVisit;
import org.shegong.care.PersonId;
import org.shegong.care.PersonRow;
import org.shegong.care.PersonView;
import org.shegong.care.VisitLog;
import org.shegong.identity.StaffPrincipal;
import org.shegong.volunteer.ActivityView;
import org.shegong.volunteer.NewActivity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The API twin of the care pages: the same module methods, so both decide alike. Photos are uploaded on the page. */
@RestController
@RequestMapping("/api/v1/care")
class CareApiController {

    private final CareRegistry registry;
    private final VisitLog visits;
    private final NeedReferrals referrals;
    private final CareStatistics statistics;

    CareApiController(CareRegistry registry, VisitLog visits, NeedReferrals referrals, CareStatistics statistics) {
        this.registry = registry;
        this.visits = visits;
        this.referrals = referrals;
        this.statistics = statistics;
    }

    @GetMapping("/groups")
    @CareRoute(CareStep.VIEW)
    List<Group> groups() {
        return registry.groups();
    }

    record GroupInput(@Nullable String code, @Nullable String nameZh, @Nullable String nameEn, int visitDays,
            boolean sensitive) {
    }

    @PostMapping("/groups")
    @CareRoute(CareStep.MANAGE_GROUPS)
    Group saveGroup(@AuthenticationPrincipal StaffPrincipal me, @RequestBody GroupInput g) {
        return registry.saveGroup(me, g.code(), g.nameZh(), g.nameEn(), g.visitDays(), g.sensitive());
    }

    @GetMapping("/people")
    @CareRoute(CareStep.VIEW)
    List<PersonRow> people(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "100") int limit) {
        return registry.list(me, group, q, limit);
    }

    @PostMapping("/people")
    @CareRoute(CareStep.REGISTER)
    ResponseEntity<PersonView> register(@AuthenticationPrincipal StaffPrincipal me, @RequestBody NewPerson cmd) {
        return ResponseEntity.status(HttpStatus.CREATED).body(registry.register(me, cmd));
    }

    @GetMapping("/people/{id}")
    @CareRoute(CareStep.VIEW)
    PersonView person(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return registry.find(me, new PersonId(id));
    }

    @PostMapping("/people/{id}/visitor")
    @CareRoute(CareStep.ASSIGN_VISITOR)
    PersonView assign(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody AssignVisitor cmd) {
        return registry.assign(me, new PersonId(id), cmd);
    }

    @PostMapping("/people/{id}/visits")
    @CareRoute(CareStep.LOG_VISIT)
    ResponseEntity<Map<String, Long>> logVisit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody NewVisit cmd) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", visits.log(me, new PersonId(id), cmd, null)));
    }

    record NeedInput(@Nullable Long visitId, @Nullable String description) {
    }

    @PostMapping("/people/{id}/needs")
    @CareRoute(CareStep.RAISE_NEED)
    ResponseEntity<Map<String, Long>> raiseNeed(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody NeedInput n) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", visits.raiseNeed(me, new PersonId(id), n.visitId(), n.description())));
    }

    record RevealInput(CareRegistry.@Nullable Sealed field, @Nullable String purpose) {
    }

    @PostMapping("/people/{id}/reveal")
    @CareRoute(CareStep.REVEAL)
    Map<String, String> reveal(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody RevealInput r) {
        return Map.of("field", String.valueOf(r.field()), "value", registry.reveal(me, new PersonId(id), r.field(), r.purpose()));
    }

    record DemandInput(@Nullable String categoryCode, @Nullable String phone, @Nullable String contactName) {
    }

    @PostMapping("/needs/{id}/demand")
    @CareRoute(CareStep.REFER_NEED)
    Map<String, String> toDemand(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody DemandInput d) {
        return Map.of("trackingCode", referrals.toDemand(me, id, d.categoryCode(), d.phone(), d.contactName()));
    }

    @PostMapping("/needs/{id}/task")
    @CareRoute(CareStep.REFER_NEED)
    ResponseEntity<ActivityView> toTask(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody NewActivity activity) {
        referrals.personOf(me, id);
        return ResponseEntity.status(HttpStatus.CREATED).body(referrals.toVolunteerTask(me, id, activity));
    }

    @PostMapping("/needs/{id}/dispute")
    @CareRoute(CareStep.REFER_NEED)
    Map<String, @Nullable String> toDispute(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody NeedReferrals.DisputeReferral d) {
        String ref = referrals.toDispute(me, id, d);
        java.util.HashMap<String, @Nullable String> out = new java.util.HashMap<>();
        out.put("disputeRef", ref);
        return out;
    }

    @GetMapping("/needs")
    @CareRoute(CareStep.VIEW)
    List<CareStatistics.OpenNeed> needs(@AuthenticationPrincipal StaffPrincipal me) {
        return statistics.openNeeds(me, 300);
    }

    @GetMapping("/overdue")
    @CareRoute(CareStep.VIEW)
    List<CareStatistics.Overdue> overdue(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "200") int limit) {
        return statistics.overdue(me, null, limit);
    }

    @GetMapping("/statistics")
    @CareRoute(CareStep.VIEW_STATISTICS)
    CareStatistics.Summary statistics(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to) {
        return statistics.summary(me, from, to);
    }
}
