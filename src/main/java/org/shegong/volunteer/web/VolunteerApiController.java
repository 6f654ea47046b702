package org.shegong.volunteer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.Anyone;
import org.shegong.volunteer.ActivityManagement;
import org.shegong.volunteer.AttendanceManagement;
import org.shegong.volunteer.AttendanceRow;
import org.shegong.volunteer.CertificateView;
import org.shegong.volunteer.Certificates;
import org.shegong.volunteer.HistoryEntry;
import org.shegong.volunteer.Recommendations;
import org.shegong.volunteer.RegisterVolunteer;
import org.shegong.volunteer.SignUp;
import org.shegong.volunteer.VolunteerId;
import org.shegong.volunteer.VolunteerProfile;
import org.shegong.volunteer.VolunteerRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The volunteers' API (mini-programs, the phone page's scripts). Session-based like the pages: sign in with
 * {@code POST /api/v1/volunteer/session}; writes carry the CSRF token. 401 without a volunteer signed in.
 */
@RestController
@RequestMapping("/api/v1/volunteer")
@Anyone
class VolunteerApiController {

    private final VolunteerRegistry registry;
    private final ActivityManagement activities;
    private final AttendanceManagement attendance;
    private final Certificates certificates;
    private final Recommendations recommendations;

    VolunteerApiController(VolunteerRegistry registry, ActivityManagement activities, AttendanceManagement attendance,
            Certificates certificates, Recommendations recommendations) {
        this.registry = registry;
        this.activities = activities;
        this.attendance = attendance;
        this.certificates = certificates;
        this.recommendations = recommendations;
    }

    @Schema(name = "VolunteerRegistration")
    record Registration(String name, String idNumber, String mobile, String password, @Nullable String skills,
            @Nullable List<String> availability, String regionCode, @Nullable String guardianName,
            @Nullable String guardianMobile, boolean guardianConsent) {
    }

    @PostMapping("/registrations")
    ResponseEntity<VolunteerProfile> register(@RequestBody Registration r, HttpServletRequest request) {
        VolunteerProfile p = registry.register(new RegisterVolunteer(r.name(), r.idNumber(), r.mobile(), r.password(),
                r.skills() == null ? "" : r.skills(), VolunteerPageController.availability(r.availability()), r.regionCode(),
                r.guardianName(), r.guardianMobile(), r.guardianConsent()));
        VolunteerSignIn.signIn(request, p.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(p);
    }

    record Credentials(String mobile, String password) {
    }

    @PostMapping("/session")
    VolunteerProfile signIn(@RequestBody Credentials c, HttpServletRequest request) {
        VolunteerId id = registry.signIn(c.mobile(), c.password());
        VolunteerSignIn.signIn(request, id);
        return registry.profile(id);
    }

    @DeleteMapping("/session")
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        VolunteerSignIn.signOut(request);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    VolunteerProfile me(HttpServletRequest request) {
        return registry.profile(VolunteerSignIn.require(request));
    }

    @GetMapping("/signups")
    List<ActivityManagement.MySignUp> signUps(HttpServletRequest request) {
        return activities.signUpsOf(VolunteerSignIn.require(request));
    }

    @GetMapping("/recommendations")
    List<Recommendations.Suggestion> suggestions(HttpServletRequest request) {
        return recommendations.forVolunteer(VolunteerSignIn.require(request), 10);
    }

    @PostMapping("/shifts/{id}/signups")
    ResponseEntity<SignUp> signUp(@PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(activities.signUp(VolunteerSignIn.require(request), id));
    }

    @PostMapping("/signups/{id}/cancellation")
    Map<String, Object> cancel(@PathVariable long id, HttpServletRequest request) {
        SignUp promoted = activities.cancel(VolunteerSignIn.require(request), id);
        return promoted == null ? Map.of("cancelled", id) : Map.of("cancelled", id, "promoted", promoted.id());
    }

    record Token(String token) {
    }

    @PostMapping("/attendance")
    AttendanceRow attend(@RequestBody(required = false) @Nullable Token t, HttpServletRequest request) {
        VolunteerId me = VolunteerSignIn.require(request);
        return attendance.attend(me, t == null ? "" : t.token());
    }

    record Correction(String hours, String reason) {
    }

    @PostMapping("/attendance/{id}/corrections")
    ResponseEntity<Map<String, Long>> correction(@PathVariable long id, @RequestBody(required = false) @Nullable Correction c,
            HttpServletRequest request) {
        VolunteerId me = VolunteerSignIn.require(request);
        long cid = attendance.requestCorrection(me, id,
                VolunteerPageController.minutes(c == null || c.hours() == null ? "" : c.hours()), c == null ? "" : c.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("correctionId", cid));
    }

    @GetMapping("/attendance/{id}/history")
    List<HistoryEntry> history(@PathVariable long id, HttpServletRequest request) {
        return attendance.historyFor(VolunteerSignIn.require(request), id);
    }

    record Request(@Nullable Long organizationId) {
    }

    @PostMapping("/certificates")
    ResponseEntity<CertificateView> issue(@RequestBody(required = false) @Nullable Request r, HttpServletRequest request) {
        VolunteerId me = VolunteerSignIn.require(request);
        if (r == null || r.organizationId() == null) {
            throw new org.shegong.InvalidInput("organizationId", "volunteer.certificate.nothing");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(certificates.issue(me, r.organizationId()));
    }

    @GetMapping("/certificates")
    List<CertificateView> certificates(HttpServletRequest request) {
        return certificates.of(VolunteerSignIn.require(request));
    }
}
