package org.shegong.volunteer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Scope;
import org.shegong.volunteer.ActivityId;
import org.shegong.volunteer.ActivityManagement;
import org.shegong.volunteer.ActivityView;
import org.shegong.volunteer.AttendanceManagement;
import org.shegong.volunteer.AttendanceRow;
import org.shegong.volunteer.HistoryEntry;
import org.shegong.volunteer.NewActivity;
import org.shegong.volunteer.OrganizationManagement;
import org.shegong.volunteer.OrganizationView;
import org.shegong.volunteer.TaskManagement;
import org.shegong.volunteer.VolunteerId;
import org.shegong.volunteer.VolunteerProfile;
import org.shegong.volunteer.VolunteerRegistry;
import org.shegong.volunteer.VolunteerRoute;
import org.shegong.volunteer.VolunteerStatistics;
import org.shegong.volunteer.VolunteerStep;
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

/** The staff API twin of the volunteering pages: the same module methods, so both decide alike. */
@RestController
@RequestMapping("/api/v1/volunteering")
class VolunteeringApiController {

    private final OrganizationManagement organizations;
    private final ActivityManagement activities;
    private final AttendanceManagement attendance;
    private final VolunteerRegistry registry;
    private final VolunteerStatistics statistics;
    private final TaskManagement tasks;

    VolunteeringApiController(OrganizationManagement organizations, ActivityManagement activities,
            AttendanceManagement attendance, VolunteerRegistry registry, VolunteerStatistics statistics, TaskManagement tasks) {
        this.organizations = organizations;
        this.activities = activities;
        this.attendance = attendance;
        this.registry = registry;
        this.statistics = statistics;
        this.tasks = tasks;
    }

    @GetMapping("/organizations")
    @VolunteerRoute(VolunteerStep.VIEW_ORGANIZATIONS)
    List<OrganizationView> organizations(@AuthenticationPrincipal StaffPrincipal me) {
        return organizations.visibleTo(me);
    }

    @Schema(name = "VolunteeringRegistration")
    record Registration(String name) {
    }

    @PostMapping("/organizations")
    @VolunteerRoute(VolunteerStep.REGISTER_ORGANIZATION)
    ResponseEntity<OrganizationView> register(@AuthenticationPrincipal StaffPrincipal me, @RequestBody Registration r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(organizations.register(me, r.name()));
    }

    @Schema(name = "VolunteeringDecision")
    record Decision(boolean approve, @Nullable String note) {
    }

    @PostMapping("/organizations/{id}/decision")
    @VolunteerRoute(VolunteerStep.APPROVE_ORGANIZATION)
    OrganizationView decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Decision d) {
        return organizations.decide(me, id, d.approve(), d.note() == null ? "" : d.note());
    }

    @GetMapping("/organizations/{id}/members")
    @VolunteerRoute(VolunteerStep.VIEW_ORGANIZATIONS)
    List<OrganizationManagement.Member> members(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return organizations.members(me, id);
    }

    record MemberRole(long volunteerId, String role) {
    }

    @PostMapping("/organizations/{id}/members")
    @VolunteerRoute(VolunteerStep.MANAGE_ACTIVITY)
    List<OrganizationManagement.Member> setRole(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody MemberRole r) {
        return organizations.setRole(me, id, new VolunteerId(r.volunteerId()), r.role());
    }

    @PostMapping("/activities")
    @VolunteerRoute(VolunteerStep.MANAGE_ACTIVITY)
    ResponseEntity<ActivityView> create(@AuthenticationPrincipal StaffPrincipal me, @RequestBody NewActivity cmd) {
        return ResponseEntity.status(HttpStatus.CREATED).body(activities.create(me, cmd));
    }

    @GetMapping("/activities/{id}")
    @VolunteerRoute(VolunteerStep.VIEW_ORGANIZATIONS)
    ActivityView activity(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return activities.find(me, new ActivityId(id));
    }

    @GetMapping("/activities/{id}/roster")
    @VolunteerRoute(VolunteerStep.VIEW_ORGANIZATIONS)
    List<AttendanceRow> roster(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return attendance.roster(me, new ActivityId(id));
    }

    @PostMapping("/activities/{id}/completion")
    @VolunteerRoute(VolunteerStep.CONFIRM_HOURS)
    ActivityView complete(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return attendance.completeTask(me, new ActivityId(id));
    }

    @GetMapping("/shifts/{id}/qr")
    @VolunteerRoute(VolunteerStep.RECORD_ATTENDANCE)
    AttendanceManagement.Qr qr(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "in") String kind) {
        return attendance.qr(me, id, !"out".equals(kind));
    }

    @PostMapping("/shifts/{id}/attendance")
    @VolunteerRoute(VolunteerStep.RECORD_ATTENDANCE)
    List<AttendanceRow> enter(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody List<AttendanceManagement.Entry> entries) {
        return attendance.enter(me, id, entries);
    }

    record Confirmation(@Nullable Integer minutes, @Nullable String note) {
    }

    @PostMapping("/attendance/{id}/confirmation")
    @VolunteerRoute(VolunteerStep.CONFIRM_HOURS)
    AttendanceRow confirm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Confirmation c) {
        return attendance.confirm(me, id, c.minutes(), c.note());
    }

    @GetMapping("/attendance/{id}/history")
    @VolunteerRoute(VolunteerStep.VIEW_ORGANIZATIONS)
    List<HistoryEntry> history(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return attendance.historyFor(me, id);
    }

    record CorrectionDecision(boolean accept, @Nullable String note) {
    }

    @PostMapping("/corrections/{id}/decision")
    @VolunteerRoute(VolunteerStep.DECIDE_CORRECTION)
    AttendanceRow decideCorrection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody CorrectionDecision d) {
        return attendance.decideCorrection(me, id, d.accept(), d.note());
    }

    @GetMapping("/volunteers")
    @VolunteerRoute(VolunteerStep.VIEW_VOLUNTEERS)
    List<VolunteerProfile> volunteers(Scope scope, @RequestParam(required = false) String q) {
        return registry.inScope(scope, q, 200);
    }

    @GetMapping("/statistics")
    @VolunteerRoute(VolunteerStep.VIEW_STATISTICS)
    VolunteerStatistics.Summary statistics(Scope scope) {
        return statistics.summary(scope);
    }

    record Task(long demandId, NewActivity activity) {
    }

    @PostMapping("/tasks")
    @VolunteerRoute(VolunteerStep.CREATE_TASK)
    ResponseEntity<ActivityView> task(@AuthenticationPrincipal StaffPrincipal me, @RequestBody Task t) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tasks.create(me, t.demandId(), t.activity()));
    }
}
