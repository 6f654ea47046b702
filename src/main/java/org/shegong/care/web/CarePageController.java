package org.shegong.care.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.ShegongApplication;
import org.shegong.care.AssignVisitor;
import org.shegong.care.CareRegistry;
import org.shegong.care.CareRoute;
import org.shegong.care.CareStatistics;
import org.shegong.care.CareStep;
import org.shegong.care.NeedReferrals;
import org.shegong.care.NewPerson;
import org.shegong.care.NewVisit;
import org.shegong.care.PersonId;
import org.shegong.care.PersonView;
import org.shegong.care.Risk;
import org.shegong.care.VisitLog;
import org.shegong.care.VisitPhoto;
import org.shegong.care.VisitorKind;
import org.shegong.dispute.DisputeKind;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.volunteer.NewActivity;
import org.shegong.volunteer.OrganizationManagement;
import org.shegong.volunteer.OrganizationStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Staff pages of care: the registry, a person's plan and visits (phone-first), needs, overdue list, statistics. */
@Controller
class CarePageController {

    private final CareRegistry registry;
    private final VisitLog visits;
    private final NeedReferrals referrals;
    private final CareStatistics statistics;
    private final Grids grids;
    private final OrganizationManagement organizations;
    private final org.shegong.duty.CategoryCatalogue categories;
    private final java.time.Clock clock;

    CarePageController(CareRegistry registry, VisitLog visits, NeedReferrals referrals, CareStatistics statistics,
            Grids grids, OrganizationManagement organizations,
            org.shegong.duty.CategoryCatalogue categories, java.time.Clock clock) {
        this.clock = clock;
        this.registry = registry;
        this.visits = visits;
        this.referrals = referrals;
        this.statistics = statistics;
        this.grids = grids;
        this.organizations = organizations;
        this.categories = categories;
    }

    @GetMapping("/care")
    @CareRoute(CareStep.VIEW)
    String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("people", registry.list(me, group, q, 200));
        model.addAttribute("groups", registry.groups());
        model.addAttribute("group", group);
        model.addAttribute("q", q);
        model.addAttribute("risks", Risk.values());
        model.addAttribute("mayRegister", CareStep.REGISTER.allowsAnyOf(me.roles()));
        return "care/list";
    }

    @PostMapping("/care/people")
    @CareRoute(CareStep.REGISTER)
    String register(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String groupCode, @RequestParam(required = false) @Nullable Risk risk,
            @RequestParam(defaultValue = "") String residentId, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String notes,
            @RequestParam(defaultValue = "") String gridCode) {
        PersonView p = registry.register(me, new NewPerson(name, groupCode, risk, residentId, phone, address, notes, gridCode));
        return "redirect:/care/people/" + p.id();
    }

    @GetMapping("/care/people/{id}")
    @CareRoute(CareStep.VIEW)
    String person(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        PersonView p = registry.find(me, new PersonId(id));
        model.addAttribute("p", p);
        model.addAttribute("kinds", VisitorKind.values());
        model.addAttribute("risks", Risk.values());
        model.addAttribute("fields", CareRegistry.Sealed.values());
        if (p.may("REFER_NEED")) {
            model.addAttribute("categories", categories.activeCategories());
            model.addAttribute("organizations", organizations.runBy(me).stream()
                    .filter(o -> o.status() == OrganizationStatus.APPROVED).toList());
        }
        return "care/person";
    }

    @PostMapping("/care/people/{id}/visitor")
    @CareRoute(CareStep.ASSIGN_VISITOR)
    String assign(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) @Nullable VisitorKind kind, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String number,
            @RequestParam(required = false) @Nullable Risk risk) {
        registry.assign(me, new PersonId(id), new AssignVisitor(kind, username, name, number, risk));
        return "redirect:/care/people/" + id;
    }

    @PostMapping("/care/people/{id}/visits")
    @CareRoute(CareStep.LOG_VISIT)
    String logVisit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String visitedAt, @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String seen, @RequestParam(defaultValue = "") String needs,
            @RequestParam(defaultValue = "") String visitorName, @RequestParam(defaultValue = "") String needDescription,
            @RequestParam(required = false) @Nullable MultipartFile photo) throws IOException {
        VisitPhoto checked = photo == null || photo.isEmpty() ? null : VisitPhoto.of(photo.getBytes());
        visits.log(me, new PersonId(id), new NewVisit(localTime(visitedAt), place, seen, needs, visitorName, needDescription), checked);
        return "redirect:/care/people/" + id + "#visits";
    }

    @PostMapping("/care/people/{id}/needs")
    @CareRoute(CareStep.RAISE_NEED)
    String raiseNeed(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String description) {
        visits.raiseNeed(me, new PersonId(id), null, description);
        return "redirect:/care/people/" + id + "#needs";
    }

    @PostMapping("/care/people/{id}/reveal")
    @CareRoute(CareStep.REVEAL)
    String reveal(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) CareRegistry.@Nullable Sealed field, @RequestParam(defaultValue = "") String purpose,
            Model model) {
        String value = registry.reveal(me, new PersonId(id), field, purpose);
        model.addAttribute("revealed", value);
        model.addAttribute("revealedField", field);
        return person(me, id, model);
    }

    @GetMapping("/care/visits/{id}/photo")
    @CareRoute(CareStep.VIEW)
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        VisitPhoto p = visits.photo(me, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(p.bytes());
    }

    @GetMapping("/care/needs")
    @CareRoute(CareStep.VIEW)
    String needs(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("needs", statistics.openNeeds(me, 300));
        return "care/needs";
    }

    @GetMapping("/care/needs/{id}")
    @CareRoute(CareStep.VIEW)
    String need(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return "redirect:/care/people/" + referrals.personOf(me, id) + "#need-" + id;
    }

    @PostMapping("/care/needs/{id}/demand")
    @CareRoute(CareStep.REFER_NEED)
    String toDemand(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String categoryCode, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String contactName) {
        referrals.toDemand(me, id, categoryCode, phone, contactName);
        return "redirect:/care/needs/" + id;
    }

    @PostMapping("/care/needs/{id}/task")
    @CareRoute(CareStep.REFER_NEED)
    String toTask(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "0") long organizationId, @RequestParam(defaultValue = "") String startsAt,
            @RequestParam(defaultValue = "2") double hours, @RequestParam(defaultValue = "1") int capacity,
            @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String title) {
        PersonId personId = referrals.personOf(me, id);
        PersonView p = registry.find(me, personId);
        Instant start = localTime(startsAt);
        if (start == null) {
            throw new InvalidInput("startsAt", "care.task.start");
        }
        if (hours <= 0 || hours > 24) {
            throw new InvalidInput("hours", "care.task.hours");
        }
        String t = title.isBlank() ? "关爱服务 CN-" + id : title.strip();
        referrals.toVolunteerTask(me, id, new NewActivity(organizationId, t, null, p.gridCode(), place, org.shegong.volunteer.Risk.LOW,
                false, null, null, List.of(new NewActivity.Shift("志愿者", null, start,
                        start.plusSeconds(Math.round(hours * 3600)), capacity))));
        return "redirect:/care/needs/" + id;
    }

    @PostMapping("/care/needs/{id}/dispute")
    @CareRoute(CareStep.REFER_NEED)
    String toDispute(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) DisputeKind kind,
            @RequestParam(defaultValue = "") String otherParty, @RequestParam(required = false) org.shegong.dispute.Risk risk,
            @RequestParam(defaultValue = "") String policeReport) {
        referrals.toDispute(me, id, new NeedReferrals.DisputeReferral(kind, otherParty, risk, policeReport, note));
        return "redirect:/care/needs/" + id;
    }

    /** The visitor's phone page: visits due in their own grids within a week, and those assigned to them. */
    @GetMapping("/care/my")
    @CareRoute(CareStep.LOG_VISIT)
    String mine(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        List<String> mine = grids.servedBy(me.username()).stream().map(RegionCode::value).toList();
        model.addAttribute("tasks", statistics.dueSoon(me, mine));
        model.addAttribute("grids", mine);
        model.addAttribute("overdue", statistics.overdue(me, mine, 100));
        model.addAttribute("now", clock.instant());
        return "care/my";
    }

    @GetMapping("/care/overdue")
    @CareRoute(CareStep.VIEW)
    String overdue(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        // a grid worker's list is their own grids and the people assigned to them, as on their to-do line
        List<String> mine = org.shegong.care.CarePermissions.onlyGridWorker(me)
                ? grids.servedBy(me.username()).stream().map(RegionCode::value).toList() : null;
        model.addAttribute("overdue", statistics.overdue(me, mine, 200));
        return "care/overdue";
    }

    @GetMapping("/care/statistics")
    @CareRoute(CareStep.VIEW_STATISTICS)
    String statistics(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to, Model model) {
        model.addAttribute("s", statistics.summary(me, from, to));
        model.addAttribute("groups", registry.groups());
        return "care/statistics";
    }

    @GetMapping("/care/statistics.xlsx")
    @CareRoute(CareStep.VIEW_STATISTICS)
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("care-statistics.xlsx").build().toString())
                .body(statistics.workbook(me, from, to));
    }

    @GetMapping("/care/groups")
    @CareRoute(CareStep.MANAGE_GROUPS)
    String groups(Model model) {
        model.addAttribute("groups", registry.groups());
        return "care/groups";
    }

    @PostMapping("/care/groups")
    @CareRoute(CareStep.MANAGE_GROUPS)
    String saveGroup(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String nameZh, @RequestParam(defaultValue = "") String nameEn,
            @RequestParam(defaultValue = "0") int visitDays, @RequestParam(defaultValue = "false") boolean sensitive) {
        registry.saveGroup(me, code, nameZh, nameEn, visitDays, sensitive);
        return "redirect:/care/groups";
    }

    /** A datetime-local value (Asia/Shanghai), or {@code null} when empty. */
    static @Nullable Instant localTime(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(ShegongApplication.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("visitedAt", "care.visit.timeFormat");
        }
    }
}
