package org.shegong.volunteer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.shegong.Anyone;
import org.shegong.InvalidInput;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.volunteer.ActivityId;
import org.shegong.volunteer.ActivityManagement;
import org.shegong.volunteer.AttendanceManagement;
import org.shegong.volunteer.Availability;
import org.shegong.volunteer.CertificateView;
import org.shegong.volunteer.Certificates;
import org.shegong.volunteer.Recommendations;
import org.shegong.volunteer.RegisterVolunteer;
import org.shegong.volunteer.SignUp;
import org.shegong.volunteer.VolunteerId;
import org.shegong.volunteer.VolunteerMessages;
import org.shegong.volunteer.VolunteerRegistry;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The volunteer's mobile pages. Public as far as staff permissions go; every page but registration and sign-in needs the
 * volunteer's own session ({@link VolunteerSignIn}), and shows or changes only that volunteer's records.
 */
@Controller
@Anyone
class VolunteerPageController {

    private final VolunteerRegistry registry;
    private final ActivityManagement activities;
    private final AttendanceManagement attendance;
    private final Certificates certificates;
    private final Recommendations recommendations;
    private final RegionDirectory regions;
    private final org.shegong.region.AddressResolver addresses;
    private final VolunteerMessages messages;

    VolunteerPageController(VolunteerRegistry registry, ActivityManagement activities, AttendanceManagement attendance,
            Certificates certificates, Recommendations recommendations, RegionDirectory regions,
            org.shegong.region.AddressResolver addresses, VolunteerMessages messages) {
        this.addresses = addresses;
        this.messages = messages;
        this.registry = registry;
        this.activities = activities;
        this.attendance = attendance;
        this.certificates = certificates;
        this.recommendations = recommendations;
        this.regions = regions;
    }

    /** The form's fields, to show them again after a refusal (never the password). */
    record RegistrationForm(String name, String idNumber, String mobile, String skills, Set<Availability> availability,
            String regionCode, String community, String guardianName, String guardianMobile, boolean guardianConsent) {
    }

    @GetMapping("/volunteer/register")
    String registerForm(Model model) {
        model.addAttribute("form", new RegistrationForm("", "", "", "", EnumSet.noneOf(Availability.class), "", "", "", "", false));
        return registerPage(model);
    }

    private String registerPage(Model model) {
        model.addAttribute("regions", counties());
        model.addAttribute("availabilities", Availability.values());
        return "volunteer/register";
    }

    /**
     * The village or community a volunteer names ("玉林街道玉林北路社区"), looked up by name inside the area they chose:
     * citizens give names, never division codes.
     */
    private String communityIn(String areaCode, String community) {
        var area = regions.find(org.shegong.region.RegionCode.of(areaCode.isBlank() ? "510000000000" : areaCode));
        String prefix = area.map(a -> a.name()).orElse("");
        var found = addresses.resolve(prefix + community.strip());
        var place = found.region();
        if (place == null || found.ambiguous() || area.isEmpty() || !place.code().value().startsWith(area.get().code().prefix())
                || (place.level() != org.shegong.region.RegionLevel.VILLAGE && place.level() != org.shegong.region.RegionLevel.TOWNSHIP)) {
            throw new InvalidInput("community", "volunteer.community.unknown", community.strip());
        }
        return place.code().value();
    }

    List<Region> counties() {
        return regions.children(RegionCode.SICHUAN).stream()
                .flatMap(c -> Stream.concat(Stream.of(c), regions.children(c.code()).stream())).toList();
    }

    @PostMapping("/volunteer/register")
    String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String idNumber,
            @RequestParam(defaultValue = "") String mobile, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String skills, @RequestParam(required = false) List<String> availability,
            @RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String community,
            @RequestParam(defaultValue = "") String guardianName, @RequestParam(defaultValue = "") String guardianMobile,
            @RequestParam(defaultValue = "false") boolean guardianConsent, HttpServletRequest request, Model model) {
        Set<Availability> avail = availability(availability);
        try {
            String region = community.isBlank() ? regionCode : communityIn(regionCode, community);
            var profile = registry.register(new RegisterVolunteer(name, idNumber, mobile, password, skills, avail, region,
                    guardianName, guardianMobile, guardianConsent));
            VolunteerSignIn.signIn(request, profile.id());
            return "redirect:/volunteer/me?registered";
        } catch (InvalidInput e) {
            model.addAttribute("form", new RegistrationForm(name, idNumber, mobile, skills, avail, regionCode, community,
                    guardianName, guardianMobile, guardianConsent));
            error(model, e);
            return registerPage(model);
        }
    }

    static Set<Availability> availability(@Nullable List<String> values) {
        if (values == null || values.isEmpty()) {
            return EnumSet.noneOf(Availability.class);
        }
        try {
            return values.stream().map(Availability::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Availability.class)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("availability", "volunteer.availability.unknown");
        }
    }

    private static void error(Model model, InvalidInput e) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        model.addAttribute("errorField", e.field());
    }

    @GetMapping("/volunteer/login")
    String loginForm(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", safeNext(next));
        return "volunteer/login";
    }

    @PostMapping("/volunteer/login")
    String login(@RequestParam(defaultValue = "") String mobile, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        try {
            VolunteerSignIn.signIn(request, registry.signIn(mobile, password));
            return "redirect:" + safeNext(next);
        } catch (InvalidInput e) {
            error(model, e);
            model.addAttribute("next", safeNext(next));
            model.addAttribute("mobile", mobile);
            return "volunteer/login";
        }
    }

    /** Only our own volunteer pages: never an absolute or protocol-relative address (no open redirect). */
    static String safeNext(@Nullable String next) {
        return next != null && next.startsWith("/volunteer/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("\r") && !next.contains("\n") ? next : "/volunteer/me";
    }

    @PostMapping("/volunteer/logout")
    String logout(HttpServletRequest request) {
        VolunteerSignIn.signOut(request);
        return "redirect:/volunteer/login?out";
    }

    @GetMapping({ "/volunteer", "/volunteer/me" })
    String me(HttpServletRequest request, Model model) {
        VolunteerId me = VolunteerSignIn.require(request);
        model.addAttribute("me", registry.profile(me));
        model.addAttribute("signups", activities.signUpsOf(me));
        model.addAttribute("issuers", certificates.issuersFor(me));
        model.addAttribute("certificates", certificates.of(me));
        model.addAttribute("suggestions", recommendations.forVolunteer(me, 5));
        model.addAttribute("messages", messages.readLatest(me, 10));
        return "volunteer/me";
    }

    @GetMapping("/volunteer/activities")
    String activities(HttpServletRequest request, Model model) {
        VolunteerId me = VolunteerSignIn.require(request);
        model.addAttribute("suggestions", recommendations.forVolunteer(me, 10));
        model.addAttribute("activities", activities.open(100));
        return "volunteer/activities";
    }

    @GetMapping("/volunteer/activities/{id}")
    String activity(@PathVariable long id, HttpServletRequest request, Model model) {
        VolunteerSignIn.require(request);
        model.addAttribute("a", activities.forVolunteer(new ActivityId(id)));
        return "volunteer/activity";
    }

    @PostMapping("/volunteer/shifts/{id}/signup")
    String signUp(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        VolunteerId me = VolunteerSignIn.require(request);
        SignUp s = activities.signUp(me, id);
        flash.addFlashAttribute("signedUp", s);
        return "redirect:/volunteer/me";
    }

    @PostMapping("/volunteer/signups/{id}/cancel")
    String cancel(@PathVariable long id, HttpServletRequest request) {
        activities.cancel(VolunteerSignIn.require(request), id);
        return "redirect:/volunteer/me?cancelled";
    }

    /** The page a scanned QR code opens: what it is for, and one button to post it. */
    @GetMapping("/volunteer/attend")
    String scan(@RequestParam(defaultValue = "") String token, HttpServletRequest request, Model model) {
        VolunteerSignIn.require(request);
        try {
            model.addAttribute("scan", attendance.scan(token));
            model.addAttribute("token", token);
        } catch (InvalidInput e) {
            error(model, e);
        }
        return "volunteer/attend";
    }

    @PostMapping("/volunteer/attend")
    String attend(@RequestParam(defaultValue = "") String token, HttpServletRequest request, Model model) {
        VolunteerId me = VolunteerSignIn.require(request);
        try {
            model.addAttribute("done", attendance.attend(me, token));
        } catch (InvalidInput e) {
            error(model, e);
        }
        return "volunteer/attend";
    }

    @PostMapping("/volunteer/attendance/{id}/correction")
    String correction(@PathVariable long id, @RequestParam(defaultValue = "") String hours,
            @RequestParam(defaultValue = "") String reason, HttpServletRequest request) {
        attendance.requestCorrection(VolunteerSignIn.require(request), id, minutes(hours), reason);
        return "redirect:/volunteer/me?correction";
    }

    static int minutes(String hours) {
        try {
            double h = Double.parseDouble(hours.strip());
            if (h < 0 || h > 24 || Double.isNaN(h)) {
                throw new InvalidInput("hours", "volunteer.hours.range");
            }
            return (int) Math.round(h * 60);
        } catch (NumberFormatException e) {
            throw new InvalidInput("hours", "volunteer.hours.range");
        }
    }

    @GetMapping("/volunteer/attendance/{id}/history")
    String history(@PathVariable long id, HttpServletRequest request, Model model) {
        VolunteerId me = VolunteerSignIn.require(request);
        model.addAttribute("history", attendance.historyFor(me, id));
        return "volunteering/history";
    }

    @PostMapping("/volunteer/certificates")
    String issue(@RequestParam(defaultValue = "0") long organizationId, HttpServletRequest request, RedirectAttributes flash) {
        VolunteerId me = VolunteerSignIn.require(request);
        CertificateView c = certificates.issue(me, organizationId);
        flash.addFlashAttribute("issued", c.number());
        return "redirect:/volunteer/me#certificates";
    }

    @GetMapping("/volunteer/certificates/{number}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, HttpServletRequest request) {
        CertificateView c = certificates.find(VolunteerSignIn.require(request), number);
        byte[] pdf = certificates.pdf(c, verifyUrl(c.number()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(c.number() + ".pdf").build().toString())
                .body(pdf);
    }

    static String verifyUrl(String number) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/volunteer/certificates/{n}")
                .buildAndExpand(number).toUriString();
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
