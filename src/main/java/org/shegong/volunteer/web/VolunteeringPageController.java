package org.shegong.volunteer.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Scope;
import org.shegong.volunteer.ActivityId;
import org.shegong.volunteer.ActivityManagement;
import org.shegong.volunteer.ActivityView;
import org.shegong.volunteer.AttendanceManagement;
import org.shegong.volunteer.NewActivity;
import org.shegong.volunteer.OrganizationManagement;
import org.shegong.volunteer.OrganizationView;
import org.shegong.volunteer.Risk;
import org.shegong.volunteer.TaskManagement;
import org.shegong.volunteer.VolunteerId;
import org.shegong.volunteer.VolunteerRegistry;
import org.shegong.volunteer.VolunteerRoute;
import org.shegong.volunteer.VolunteerStatistics;
import org.shegong.volunteer.VolunteerStep;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Staff pages of volunteer service: organizations and approval, activities, attendance and hours, tasks, statistics. */
@Controller
class VolunteeringPageController {

    private final OrganizationManagement organizations;
    private final ActivityManagement activities;
    private final AttendanceManagement attendance;
    private final VolunteerRegistry registry;
    private final VolunteerStatistics statistics;
    private final TaskManagement tasks;

    private final org.shegong.region.PlaceNames places;

    VolunteeringPageController(OrganizationManagement organizations, ActivityManagement activities,
            AttendanceManagement attendance, VolunteerRegistry registry, VolunteerStatistics statistics, TaskManagement tasks,
            org.shegong.region.PlaceNames places) {
        this.places = places;
        this.organizations = organizations;
        this.activities = activities;
        this.attendance = attendance;
        this.registry = registry;
        this.statistics = statistics;
        this.tasks = tasks;
    }

    @GetMapping("/volunteering/organizations")
    @VolunteerRoute(VolunteerStep.VIEW_ORGANIZATIONS)
    String organizations(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("organizations", organizations.visibleTo(me));
        model.addAttribute("mayRegister", VolunteerStep.REGISTER_ORGANIZATION.allowsAnyOf(me.roles()));
        model.addAttribute("mayApprove", VolunteerStep.APPROVE_ORGANIZATION.allowsAnyOf(me.roles()));
        model.addAttribute("me", me);
        return "volunteering/organizations";
    }

    @PostMapping("/volunteering/organizations")
    @VolunteerRoute(VolunteerStep.REGISTER_ORGANIZATION)
    String register(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String name) {
        organizations.register(me, name);
        return "redirect:/volunteering/organizations";
    }

    @PostMapping("/volunteering/organizations/{id}/decision")
    @VolunteerRoute(VolunteerStep.APPROVE_ORGANIZATION)
    String decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam boolean approve,
            @RequestParam(defaultValue = "") String note) {
        organizations.decide(me, id, approve, note);
        return "redirect:/volunteering/organizations";
    }

    @GetMapping("/volunteering/organizations/{id}")
    @VolunteerRoute(VolunteerStep.VIEW_ORGANIZATIONS)
    String organization(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        OrganizationView o = organizations.find(me, id);
        model.addAttribute("o", o);
        model.addAttribute("members", organizations.members(me, id));
        model.addAttribute("mayManage", o.unitId() == me.unitId().value() && VolunteerStep.MANAGE_ACTIVITY.allowsAnyOf(me.roles()));
        return "volunteering/organization";
    }

    @PostMapping("/volunteering/organizations/{id}/members")
    @VolunteerRoute(VolunteerStep.MANAGE_ACTIVITY)
    String setRole(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam long volunteerId,
            @RequestParam(defaultValue = "") String role) {
        organizations.setRole(me, id, new VolunteerId(volunteerId), role);
        return "redirect:/volunteering/organizations/" + id;
    }

    @GetMapping("/volunteering/attendance/{id}/history")
    @VolunteerRoute(VolunteerStep.VIEW_ORGANIZATIONS)
    String history(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("history", attendance.historyFor(me, id));
        return "volunteering/history";
    }

    @GetMapping("/volunteering/activities")
    @VolunteerRoute(VolunteerStep.MANAGE_ACTIVITY)
    String activities(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("activities", activities.ofMyUnit(me));
        model.addAttribute("organizations", organizations.runBy(me));
        model.addAttribute("risks", Risk.values());
        return "volunteering/activities";
    }

    @PostMapping("/volunteering/activities")
    @VolunteerRoute(VolunteerStep.MANAGE_ACTIVITY)
    String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam long organizationId,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "LOW") Risk risk, @RequestParam(defaultValue = "false") boolean insuranceRequired,
            @RequestParam(defaultValue = "") String insurance, @RequestParam(defaultValue = "") String skills,
            @RequestParam(defaultValue = "") String roleName, @RequestParam(defaultValue = "") String startsAt,
            @RequestParam(defaultValue = "") String endsAt, @RequestParam(defaultValue = "0") int capacity,
            @RequestParam(required = false) @Nullable Long demandId) {
        NewActivity cmd = new NewActivity(organizationId, title, description, places.codeOf("regionCode", regionCode), place,
                risk, insuranceRequired,
                insurance, skills, List.of(new NewActivity.Shift(roleName, place, StaffForms.local("startsAt", startsAt),
                        StaffForms.local("endsAt", endsAt), capacity)));
        ActivityView a = demandId == null ? activities.create(me, cmd) : tasks.create(me, demandId, cmd);
        return "redirect:/volunteering/activities/" + a.id();
    }

    @GetMapping("/volunteering/activities/{id}")
    @VolunteerRoute(VolunteerStep.VIEW_ORGANIZATIONS)
    String activity(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("a", activities.find(me, new ActivityId(id)));
        model.addAttribute("roster", attendance.roster(me, new ActivityId(id)));
        return "volunteering/activity";
    }

    @PostMapping("/volunteering/activities/{id}/shifts")
    @VolunteerRoute(VolunteerStep.MANAGE_ACTIVITY)
    String addShift(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String roleName, @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String startsAt, @RequestParam(defaultValue = "") String endsAt,
            @RequestParam(defaultValue = "0") int capacity) {
        activities.addShift(me, new ActivityId(id), new NewActivity.Shift(roleName, place, StaffForms.local("startsAt", startsAt),
                StaffForms.local("endsAt", endsAt), capacity));
        return "redirect:/volunteering/activities/" + id;
    }

    @PostMapping("/volunteering/activities/{id}/cancel")
    @VolunteerRoute(VolunteerStep.MANAGE_ACTIVITY)
    String cancel(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        activities.cancelActivity(me, new ActivityId(id));
        return "redirect:/volunteering/activities/" + id;
    }

    @PostMapping("/volunteering/activities/{id}/complete")
    @VolunteerRoute(VolunteerStep.CONFIRM_HOURS)
    String complete(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        attendance.completeTask(me, new ActivityId(id));
        return "redirect:/volunteering/activities/" + id;
    }

    /** The QR code for a shift's check-in or check-out, refreshed by the page before it expires. */
    @GetMapping("/volunteering/shifts/{id}/qr")
    @VolunteerRoute(VolunteerStep.RECORD_ATTENDANCE)
    String qr(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(defaultValue = "in") String kind,
            Model model) {
        boolean in = !"out".equals(kind);
        AttendanceManagement.Qr qr = attendance.qr(me, id, in);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/volunteer/attend")
                .queryParam("token", qr.token()).build().toUriString();
        model.addAttribute("shiftId", id);
        model.addAttribute("checkIn", in);
        model.addAttribute("url", url);
        model.addAttribute("image", QrImage.dataUri(url, 280));
        model.addAttribute("expiresAt", qr.expiresAt());
        return "volunteering/qr";
    }

    @PostMapping("/volunteering/shifts/{id}/attendance")
    @VolunteerRoute(VolunteerStep.RECORD_ATTENDANCE)
    String bulk(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam long activityId,
            @RequestParam(defaultValue = "") String entries) {
        attendance.enter(me, id, StaffForms.entries(entries));
        return "redirect:/volunteering/activities/" + activityId;
    }

    @PostMapping("/volunteering/attendance/{id}/confirm")
    @VolunteerRoute(VolunteerStep.CONFIRM_HOURS)
    String confirm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam long activityId,
            @RequestParam(defaultValue = "") String hours, @RequestParam(defaultValue = "") String note) {
        attendance.confirm(me, id, hours.isBlank() ? null : VolunteerPageController.minutes(hours), note);
        return "redirect:/volunteering/activities/" + activityId;
    }

    @PostMapping("/volunteering/corrections/{id}/decision")
    @VolunteerRoute(VolunteerStep.DECIDE_CORRECTION)
    String decideCorrection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam long activityId,
            @RequestParam boolean accept, @RequestParam(defaultValue = "") String note) {
        attendance.decideCorrection(me, id, accept, note);
        return "redirect:/volunteering/activities/" + activityId;
    }

    @GetMapping("/volunteering/volunteers")
    @VolunteerRoute(VolunteerStep.VIEW_VOLUNTEERS)
    String volunteers(Scope scope, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("volunteers", registry.inScope(scope, q, 200));
        model.addAttribute("q", q);
        return "volunteering/volunteers";
    }

    @GetMapping("/volunteering/statistics")
    @VolunteerRoute(VolunteerStep.VIEW_STATISTICS)
    String statistics(Scope scope, Model model) {
        model.addAttribute("s", statistics.summary(scope));
        return "volunteering/statistics";
    }

    @GetMapping("/volunteering/statistics/export")
    @VolunteerRoute(VolunteerStep.VIEW_STATISTICS)
    ResponseEntity<byte[]> export(Scope scope) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("volunteer-statistics.xlsx")
                        .build().toString())
                .body(statistics.workbook(scope));
    }

    /** A township or community turns a demand into a volunteer task: the activity form, tied to the demand. */
    @GetMapping("/volunteering/tasks/new")
    @VolunteerRoute(VolunteerStep.CREATE_TASK)
    String newTask(@AuthenticationPrincipal StaffPrincipal me, @RequestParam long demandId, Model model) {
        var demand = tasks.demand(me, demandId);
        model.addAttribute("demand", demand);
        model.addAttribute("demandPlace", places.fullName(org.shegong.region.RegionCode.of(demand.regionCode())));
        model.addAttribute("organizations", organizations.runBy(me));
        model.addAttribute("risks", Risk.values());
        if (organizations.runBy(me).isEmpty()) {
            throw new InvalidInput("organizationId", "volunteer.task.noOrganization");
        }
        return "volunteering/task";
    }
}
