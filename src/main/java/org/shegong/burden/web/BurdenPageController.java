package org.shegong.burden.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.Anyone;
import org.shegong.InvalidInput;
import org.shegong.SignedIn;
import org.shegong.burden.Admissions;
import org.shegong.burden.ApplicationId;
import org.shegong.burden.Assessments;
import org.shegong.burden.BurdenRoute;
import org.shegong.burden.BurdenStatistics;
import org.shegong.burden.BurdenStep;
import org.shegong.burden.CertificateCatalogue;
import org.shegong.burden.CertificateId;
import org.shegong.burden.DataFormId;
import org.shegong.burden.DataForms;
import org.shegong.burden.PlaqueCampaignId;
import org.shegong.burden.PlaqueId;
import org.shegong.burden.Plaques;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionLevel;
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

/** Pages of 为基层减负赋能; each form posts to the same module method its API twin calls. */
@Controller
class BurdenPageController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Admissions admissions;
    private final DataForms forms;
    private final CertificateCatalogue certificates;
    private final Plaques plaques;
    private final Assessments assessments;
    private final BurdenStatistics statistics;

    BurdenPageController(Admissions admissions, DataForms forms, CertificateCatalogue certificates, Plaques plaques,
            Assessments assessments, BurdenStatistics statistics) {
        this.admissions = admissions;
        this.forms = forms;
        this.certificates = certificates;
        this.plaques = plaques;
        this.assessments = assessments;
        this.statistics = statistics;
    }

    @GetMapping("/burden")
    @BurdenRoute(BurdenStep.VIEW_STATISTICS)
    String dashboard(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month, Model model) {
        model.addAttribute("d", statistics.dashboard(me, month));
        return "burden/dashboard";
    }

    @GetMapping("/burden/dashboard.xlsx")
    @BurdenRoute(BurdenStep.VIEW_STATISTICS)
    ResponseEntity<byte[]> dashboardExcel(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month) {
        return xlsx("burden-dashboard.xlsx", statistics.excel(me, month));
    }

    // --- admission

    @GetMapping("/burden/applications")
    @SignedIn
    String applications(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("applications", admissions.list(me, null, 200));
        return "burden/applications";
    }

    @PostMapping("/burden/applications")
    @BurdenRoute(BurdenStep.APPLY_ADMISSION)
    String apply(@AuthenticationPrincipal StaffPrincipal me, @Nullable String countyCode, @Nullable String itemCode,
            @Nullable String title, @Nullable String workType, @Nullable String legalBasis, @Nullable String frequency,
            @Nullable String funding, @Nullable String formsInvolved, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
        var v = admissions.apply(me, new Admissions.NewApplication(countyCode, itemCode, title, workType, legalBasis,
                frequency, funding, formsInvolved, startsOn, endsOn));
        return "redirect:/burden/applications/" + v.application().id();
    }

    @GetMapping("/burden/applications/{id}")
    @SignedIn
    String application(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("v", admissions.get(me, new ApplicationId(id)));
        return "burden/application";
    }

    @PostMapping("/burden/applications/{id}/decision")
    @BurdenRoute(BurdenStep.DECIDE_ADMISSION)
    String decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @Nullable Integer version,
            @Nullable String outcome, @Nullable String reason) {
        if (outcome == null || !outcome.matches("ADMIT|REFUSE")) {
            throw new InvalidInput("outcome", "burden.admission.decision.required");
        }
        admissions.decide(me, new ApplicationId(id), version, outcome.equals("ADMIT"), reason);
        return "redirect:/burden/applications/" + id;
    }

    // --- forms

    @GetMapping("/burden/forms")
    @SignedIn
    String forms(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("forms", forms.list(me, 200));
        model.addAttribute("toFill", forms.toFill(me));
        model.addAttribute("sources", forms.sources());
        model.addAttribute("mayDefine", BurdenStep.DEFINE_FORM.allowsAnyOf(me.roles()));
        return "burden/forms";
    }

    @PostMapping("/burden/forms")
    @BurdenRoute(BurdenStep.DEFINE_FORM)
    String define(@AuthenticationPrincipal StaffPrincipal me, @Nullable String title, @Nullable String period,
            @Nullable String targetRoot, @Nullable String targetLevel, @Nullable String itemCode,
            @Nullable LocalDate opensOn, @Nullable LocalDate deadline, @Nullable LocalDate closesOn,
            @Nullable Integer minutesPerField, @Nullable String fields) {
        var v = forms.define(me, new DataForms.NewForm(title, period, targetRoot, targetLevel, itemCode, opensOn, deadline,
                closesOn, minutesPerField, FieldLines.parse(fields)));
        return "redirect:/burden/forms/" + v.form().id();
    }

    @GetMapping("/burden/forms/{id}")
    @SignedIn
    String form(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) String region,
            Model model) {
        var v = forms.get(me, new DataFormId(id));
        model.addAttribute("v", v);
        model.addAttribute("targets", forms.targets(me, new DataFormId(id), null, 500));
        model.addAttribute("agg", forms.aggregate(me, new DataFormId(id), region));
        return "burden/form";
    }

    @GetMapping("/burden/forms/{id}/aggregate.xlsx")
    @SignedIn
    ResponseEntity<byte[]> aggregateExcel(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) String region) {
        return xlsx("form-" + id + "-aggregate.xlsx", FormWorkbook.aggregate(forms.aggregate(me, new DataFormId(id), region)));
    }

    @PostMapping("/burden/forms/{id}/publish")
    @BurdenRoute(BurdenStep.DEFINE_FORM)
    String publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        forms.publish(me, new DataFormId(id));
        return "redirect:/burden/forms/" + id;
    }

    @PostMapping("/burden/forms/{id}/return")
    @BurdenRoute(BurdenStep.DEFINE_FORM)
    String returnSubmission(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @Nullable String regionCode,
            @Nullable String comment) {
        forms.returnSubmission(me, new DataFormId(id), regionCode, comment);
        return "redirect:/burden/forms/" + id;
    }

    @PostMapping("/burden/forms/{id}/accept")
    @BurdenRoute(BurdenStep.DEFINE_FORM)
    String accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @Nullable String regionCode) {
        forms.accept(me, new DataFormId(id), regionCode);
        return "redirect:/burden/forms/" + id;
    }

    @GetMapping("/burden/forms/{id}/fill")
    @BurdenRoute(BurdenStep.FILL_FORM)
    String fill(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("f", forms.fillView(me, new DataFormId(id)));
        return "burden/fill";
    }

    @PostMapping("/burden/forms/{id}/fill")
    @BurdenRoute(BurdenStep.FILL_FORM)
    String submit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("v.")) {
                values.put(k.substring(2), v);
            }
        });
        forms.submit(me, new DataFormId(id), values, "WEB");
        return "redirect:/burden/forms/" + id + "/fill";
    }

    @GetMapping("/burden/forms/{id}/template.xlsx")
    @BurdenRoute(BurdenStep.FILL_FORM)
    ResponseEntity<byte[]> template(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return xlsx("form-" + id + ".xlsx", FormWorkbook.template(forms.fillView(me, new DataFormId(id))));
    }

    @PostMapping("/burden/forms/{id}/upload")
    @BurdenRoute(BurdenStep.FILL_FORM)
    String upload(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @Nullable MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty() || file.getSize() > 1024 * 1024) {
            throw new InvalidInput("file", "burden.excel.unreadable");
        }
        forms.submit(me, new DataFormId(id), FormWorkbook.read(file.getInputStream()), "EXCEL");
        return "redirect:/burden/forms/" + id + "/fill";
    }

    // --- certificates

    @GetMapping("/burden/certificates")
    @SignedIn
    String certificates(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("catalogue", certificates.catalogue());
        model.addAttribute("issued", certificates.issued(me));
        model.addAttribute("mayRecord", BurdenStep.RECORD_CERTIFICATE.allowsAnyOf(me.roles())
                && me.unitRegion().level() == RegionLevel.VILLAGE);
        model.addAttribute("mayExtend", BurdenStep.MANAGE_CATALOGUE.allowsAnyOf(me.roles()));
        return "burden/certificates";
    }

    @PostMapping("/burden/certificates/issued")
    @BurdenRoute(BurdenStep.RECORD_CERTIFICATE)
    String issue(@AuthenticationPrincipal StaffPrincipal me, @Nullable Long certificateId, @Nullable String purpose,
            @Nullable LocalDate issuedOn) {
        if (certificateId == null) {
            throw new InvalidInput("certificateId", "burden.certificate.required");
        }
        certificates.record(me, new CertificateId(certificateId), purpose, issuedOn);
        return "redirect:/burden/certificates";
    }

    @PostMapping("/burden/certificates")
    @BurdenRoute(BurdenStep.MANAGE_CATALOGUE)
    String addCertificate(@AuthenticationPrincipal StaffPrincipal me, @Nullable String name, @Nullable String nameEn,
            @Nullable String status, @Nullable String lawfulRoute, @Nullable String lawfulRouteEn, @Nullable String basis) {
        if (status == null || !status.matches("BANNED|ALLOWED")) {
            throw new InvalidInput("status", "burden.certificate.status.required");
        }
        certificates.add(me, name, nameEn, status.equals("BANNED"), lawfulRoute, lawfulRouteEn, basis);
        return "redirect:/burden/certificates";
    }

    @GetMapping("/public/certificates")
    @Anyone
    String publicCertificates(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", certificates.lookup(q));
        return "burden/public-certificates";
    }

    // --- plaques

    @GetMapping("/burden/plaques")
    @SignedIn
    String plaques(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String village, Model model) {
        model.addAttribute("plaques", plaques.list(me, village));
        model.addAttribute("standards", plaques.standards());
        model.addAttribute("campaigns", plaques.campaigns(me));
        model.addAttribute("mayRecord", BurdenStep.RECORD_PLAQUE.allowsAnyOf(me.roles()));
        model.addAttribute("mayCampaign", BurdenStep.MANAGE_CAMPAIGN.allowsAnyOf(me.roles()) && !me.scope().assignedOnly());
        return "burden/plaques";
    }

    @PostMapping("/burden/plaques")
    @BurdenRoute(BurdenStep.RECORD_PLAQUE)
    String hang(@AuthenticationPrincipal StaffPrincipal me, @Nullable String villageCode, @Nullable String position,
            @Nullable String title, @Nullable String issuingBody, @Nullable MultipartFile photo) throws IOException {
        plaques.hang(me, villageCode, position, title, issuingBody, photo(photo));
        return "redirect:/burden/plaques";
    }

    @PostMapping("/burden/plaques/{id}/removal")
    @BurdenRoute(BurdenStep.RECORD_PLAQUE)
    String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @Nullable Long campaignId,
            @Nullable MultipartFile photo) throws IOException {
        plaques.remove(me, new PlaqueId(id), campaignId == null ? null : new PlaqueCampaignId(campaignId), photo(photo));
        return "redirect:/burden/plaques";
    }

    @GetMapping("/burden/plaques/{id}/photo")
    @SignedIn
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean removal) {
        Plaques.Photo p = plaques.photo(me, new PlaqueId(id), removal);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType() == null ? "image/jpeg" : p.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(p.bytes());
    }

    @PostMapping("/burden/campaigns")
    @BurdenRoute(BurdenStep.MANAGE_CAMPAIGN)
    String campaign(@AuthenticationPrincipal StaffPrincipal me, @Nullable String title, @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {
        plaques.startCampaign(me, title, startsOn, endsOn);
        return "redirect:/burden/plaques";
    }

    // --- township assessment of departments

    @GetMapping("/burden/assessment")
    @BurdenRoute({ BurdenStep.RATE_DEPARTMENT, BurdenStep.VIEW_STATISTICS })
    String assessment(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month, Model model) {
        boolean countyOrBelow = !me.unitRegion().level().isAbove(RegionLevel.COUNTY);
        model.addAttribute("departments", countyOrBelow
                ? assessments.departments(me.unitRegion().ancestorAt(RegionLevel.COUNTY)) : java.util.List.of());
        model.addAttribute("scores", countyOrBelow && BurdenStep.VIEW_STATISTICS.allowsAnyOf(me.roles())
                ? assessments.scores(me, null, month) : java.util.List.of());
        model.addAttribute("mayRate", BurdenStep.RATE_DEPARTMENT.allowsAnyOf(me.roles())
                && me.unitRegion().level() == RegionLevel.TOWNSHIP);
        model.addAttribute("month", month == null ? java.time.YearMonth.now(org.shegong.calendar.Deadline.ZONE).toString() : month);
        return "burden/assessment";
    }

    @PostMapping("/burden/ratings")
    @BurdenRoute(BurdenStep.RATE_DEPARTMENT)
    String rate(@AuthenticationPrincipal StaffPrincipal me, @Nullable Long departmentId, @Nullable String month,
            @Nullable Integer rating, @Nullable String note) {
        if (departmentId == null) {
            throw new InvalidInput("departmentId", "burden.rating.department.required");
        }
        assessments.rate(me, departmentId, month, rating, note);
        return "redirect:/burden/assessment";
    }

    private static Plaques.@Nullable Photo photo(@Nullable MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : new Plaques.Photo(file.getBytes(), file.getContentType());
    }

    private static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + name)
                .body(body);
    }
}
