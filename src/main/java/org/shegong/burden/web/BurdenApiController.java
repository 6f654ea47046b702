package org.shegong.burden.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.Anyone;
import org.shegong.SignedIn;
import org.shegong.burden.Admissions;
import org.shegong.burden.ApplicationId;
import org.shegong.burden.Assessments;
import org.shegong.burden.BurdenRoute;
import org.shegong.burden.BurdenStatistics;
import org.shegong.burden.BurdenStep;
import org.shegong.burden.CertificateCatalogue;
import org.shegong.burden.CertificateId;
import org.shegong.burden.DataForm;
import org.shegong.burden.DataFormId;
import org.shegong.burden.DataForms;
import org.shegong.burden.Plaques;
import org.shegong.duty.VillageWorkItem;
import org.shegong.identity.StaffPrincipal;
import org.shegong.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 为基层减负赋能 REST API: admission, pushes, forms, certificates, plaques, ratings, statistics. */
@RestController
class BurdenApiController {

    private final Admissions admissions;
    private final DataForms forms;
    private final CertificateCatalogue certificates;
    private final Plaques plaques;
    private final Assessments assessments;
    private final BurdenStatistics statistics;

    BurdenApiController(Admissions admissions, DataForms forms, CertificateCatalogue certificates, Plaques plaques,
            Assessments assessments, BurdenStatistics statistics) {
        this.admissions = admissions;
        this.forms = forms;
        this.certificates = certificates;
        this.plaques = plaques;
        this.assessments = assessments;
        this.statistics = statistics;
    }

    @PostMapping("/api/v1/burden/applications")
    @BurdenRoute(BurdenStep.APPLY_ADMISSION)
    ResponseEntity<Admissions.ApplicationView> apply(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody Admissions.NewApplication body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(admissions.apply(me, body));
    }

    @GetMapping("/api/v1/burden/applications")
    @SignedIn
    List<Admissions.ApplicationView> applications(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(required = false) String status) {
        return admissions.list(me, status, 200);
    }

    @GetMapping("/api/v1/burden/applications/{id}")
    @SignedIn
    Admissions.ApplicationView application(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return admissions.get(me, new ApplicationId(id));
    }

    @Schema(name = "BurdenDecision")
    record Decision(@Nullable Integer version, @Nullable Boolean admit, @Nullable String reason) {
    }

    @PostMapping("/api/v1/burden/applications/{id}/decision")
    @BurdenRoute(BurdenStep.DECIDE_ADMISSION)
    Admissions.ApplicationView decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody Decision body) {
        if (body.admit() == null) {
            throw new InvalidInput("admit", "burden.admission.decision.required");
        }
        return admissions.decide(me, new ApplicationId(id), body.version(), body.admit(), body.reason());
    }

    @Schema(name = "BurdenPush")
    record Push(@Nullable String villageCode, @Nullable String itemCode, @Nullable String kind, @Nullable String what) {
    }

    /** Checks work aimed at a community against its admitted list: the admitted item, or 400 (refused and counted). */
    @PostMapping("/api/v1/burden/pushes")
    @BurdenRoute(BurdenStep.PUSH_WORK)
    VillageWorkItem push(@AuthenticationPrincipal StaffPrincipal me, @RequestBody Push body) {
        return admissions.push(me, body.villageCode(), body.itemCode(), body.kind(), body.what());
    }

    @GetMapping("/api/v1/burden/forms")
    @SignedIn
    List<DataForm> forms(@AuthenticationPrincipal StaffPrincipal me) {
        return forms.list(me, 200);
    }

    @PostMapping("/api/v1/burden/forms")
    @BurdenRoute(BurdenStep.DEFINE_FORM)
    ResponseEntity<DataForms.FormView> define(@AuthenticationPrincipal StaffPrincipal me, @RequestBody DataForms.NewForm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(forms.define(me, body));
    }

    @GetMapping("/api/v1/burden/forms/{id}")
    @SignedIn
    DataForms.FormView form(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return forms.get(me, new DataFormId(id));
    }

    @PostMapping("/api/v1/burden/forms/{id}/publish")
    @BurdenRoute(BurdenStep.DEFINE_FORM)
    DataForms.FormView publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return forms.publish(me, new DataFormId(id));
    }

    @GetMapping("/api/v1/burden/forms/{id}/fill")
    @BurdenRoute(BurdenStep.FILL_FORM)
    DataForms.FillView fill(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return forms.fillView(me, new DataFormId(id));
    }

    record Submission(@Nullable Map<String, String> values) {
    }

    @PostMapping("/api/v1/burden/forms/{id}/submissions")
    @BurdenRoute(BurdenStep.FILL_FORM)
    DataForms.FillView submit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Submission body) {
        return forms.submit(me, new DataFormId(id), body.values() == null ? Map.of() : body.values(), "API");
    }

    record Review(@Nullable String regionCode, @Nullable String comment) {
    }

    @PostMapping("/api/v1/burden/forms/{id}/return")
    @BurdenRoute(BurdenStep.DEFINE_FORM)
    DataForms.Target returnSubmission(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Review body) {
        return forms.returnSubmission(me, new DataFormId(id), body.regionCode(), body.comment());
    }

    @PostMapping("/api/v1/burden/forms/{id}/accept")
    @BurdenRoute(BurdenStep.DEFINE_FORM)
    DataForms.Target accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Review body) {
        return forms.accept(me, new DataFormId(id), body.regionCode());
    }

    @GetMapping("/api/v1/burden/forms/{id}/targets")
    @SignedIn
    List<DataForms.Target> targets(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) String status) {
        return forms.targets(me, new DataFormId(id), status, 2000);
    }

    @GetMapping("/api/v1/burden/forms/{id}/aggregate")
    @SignedIn
    DataForms.Aggregate aggregate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) String region) {
        return forms.aggregate(me, new DataFormId(id), region);
    }

    @GetMapping("/api/v1/public/certificates")
    @Anyone
    List<CertificateCatalogue.Entry> lookup(@RequestParam(required = false) String q) {
        return certificates.lookup(q);
    }

    record NewCertificate(@Nullable String name, @Nullable String nameEn, @Nullable Boolean banned,
            @Nullable String lawfulRoute, @Nullable String lawfulRouteEn, @Nullable String basis) {
    }

    @PostMapping("/api/v1/burden/certificates")
    @BurdenRoute(BurdenStep.MANAGE_CATALOGUE)
    ResponseEntity<CertificateCatalogue.Entry> addCertificate(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody NewCertificate body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(certificates.add(me, body.name(), body.nameEn(),
                Boolean.TRUE.equals(body.banned()), body.lawfulRoute(), body.lawfulRouteEn(), body.basis()));
    }

    record Issue(@Nullable Long certificateId, @Nullable String purpose, java.time.@Nullable LocalDate issuedOn) {
    }

    @PostMapping("/api/v1/burden/certificates/issued")
    @BurdenRoute(BurdenStep.RECORD_CERTIFICATE)
    ResponseEntity<CertificateCatalogue.Issued> issue(@AuthenticationPrincipal StaffPrincipal me, @RequestBody Issue body) {
        if (body.certificateId() == null) {
            throw new InvalidInput("certificateId", "burden.certificate.required");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(certificates.record(me, new CertificateId(body.certificateId()), body.purpose(),
                body.issuedOn()));
    }

    @GetMapping("/api/v1/burden/plaques")
    @SignedIn
    List<Plaques.Plaque> plaques(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String village) {
        return plaques.list(me, village);
    }

    record NewRating(@Nullable Long departmentId, @Nullable String month, @Nullable Integer rating, @Nullable String note) {
    }

    @PostMapping("/api/v1/burden/ratings")
    @BurdenRoute(BurdenStep.RATE_DEPARTMENT)
    Assessments.Rating rate(@AuthenticationPrincipal StaffPrincipal me, @RequestBody NewRating body) {
        if (body.departmentId() == null) {
            throw new InvalidInput("departmentId", "burden.rating.department.required");
        }
        return assessments.rate(me, body.departmentId(), body.month(), body.rating(), body.note());
    }

    @GetMapping("/api/v1/burden/scores")
    @BurdenRoute(BurdenStep.VIEW_STATISTICS)
    List<Assessments.DepartmentScore> scores(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(required = false) String county, @RequestParam(required = false) String month) {
        return assessments.scores(me, county, month);
    }

    @GetMapping("/api/v1/burden/dashboard")
    @BurdenRoute(BurdenStep.VIEW_STATISTICS)
    BurdenStatistics.Dashboard dashboard(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month) {
        return statistics.dashboard(me, month);
    }
}
