package org.shegong.petition.web;

import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.calendar.Deadline;
import org.shegong.identity.StaffPrincipal;
import org.shegong.petition.Attachment;
import org.shegong.petition.EarlierPetition;
import org.shegong.petition.PetitionId;
import org.shegong.petition.PetitionManagement;
import org.shegong.petition.PetitionQueries;
import org.shegong.petition.PetitionRoute;
import org.shegong.petition.PetitionRow;
import org.shegong.petition.PetitionStatus;
import org.shegong.petition.PetitionStep;
import org.shegong.petition.PetitionView;
import org.shegong.petition.RegisterPetition;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * 信访 REST API: registration, one route per step of the track (each decided by its {@link PetitionStep}, the petition
 * deciding the person in {@link PetitionManagement}), lists, search, export, alerts, statistics and documents.
 */
@RestController
class PetitionApiController {

    private final PetitionManagement petitions;
    private final PetitionQueries queries;

    PetitionApiController(PetitionManagement petitions, PetitionQueries queries) {
        this.petitions = petitions;
        this.queries = queries;
    }

    @PostMapping("/api/v1/petitions")
    @PetitionRoute(PetitionStep.REGISTER)
    ResponseEntity<PetitionManagement.Registered> register(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody RegisterPetition body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(petitions.register(body, me));
    }

    record RepeatQuery(@Nullable String residentId, @Nullable String matter) {
    }

    /** Earlier similar petitions of a resident id, among those the caller may see (the petition office sees them all). */
    @PostMapping("/api/v1/petitions/repeat-check")
    @PetitionRoute(PetitionStep.REGISTER)
    List<EarlierPetition> repeatCheck(@AuthenticationPrincipal StaffPrincipal me, @RequestBody RepeatQuery body) {
        return petitions.repeatCheck(me, body.residentId(), body.matter());
    }

    /** Staff and units to name as accused, by name within the caller's scope. */
    @GetMapping("/api/v1/petitions/accused-candidates")
    @PetitionRoute(PetitionStep.NAME_ACCUSED)
    PetitionManagement.AccusedCandidates accusedCandidates(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(required = false) String q) {
        return petitions.accusedCandidates(me, q);
    }

    @GetMapping("/api/v1/petitions")
    @PetitionRoute(PetitionStep.VIEW)
    List<PetitionRow> search(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q,
            @RequestParam(required = false) PetitionStatus status, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "100") int limit) {
        return queries.search(me, q, status, open, limit);
    }

    @GetMapping("/api/v1/petitions/export.csv")
    @PetitionRoute(PetitionStep.VIEW)
    ResponseEntity<byte[]> export(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=petitions.csv").body(queries.export(me, q));
    }

    @GetMapping("/api/v1/petitions/alerts")
    @PetitionRoute(PetitionStep.READ_STATISTICS)
    List<PetitionQueries.AlertRow> alerts(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "100") int limit) {
        return queries.alerts(me, limit);
    }

    @GetMapping("/api/v1/petitions/statistics")
    @PetitionRoute(PetitionStep.READ_STATISTICS)
    PetitionQueries.Statistics statistics(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year) {
        return queries.statistics(me, year == null ? Year.now(Deadline.ZONE).getValue() : year);
    }

    @GetMapping("/api/v1/petitions/{id}")
    @PetitionRoute(PetitionStep.VIEW)
    PetitionView get(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return petitions.find(me, new PetitionId(id));
    }

    @GetMapping("/api/v1/petitions/{id}/documents/{seq}")
    @PetitionRoute(PetitionStep.VIEW)
    ResponseEntity<byte[]> document(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable int seq) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(petitions.document(me, new PetitionId(id), seq));
    }

    @PostMapping(path = "/api/v1/petitions/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PetitionRoute(PetitionStep.ATTACH)
    ResponseEntity<PetitionView> attach(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > Attachment.MAX_BYTES) {
            throw new InvalidInput("file", "petition.attachment.size", Attachment.MAX_BYTES / 1024 / 1024);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(petitions.attach(me, new PetitionId(id), Attachment.of(file.getOriginalFilename(), file.getBytes())));
    }

    @GetMapping("/api/v1/petitions/{id}/attachments/{seq}")
    @PetitionRoute(PetitionStep.VIEW)
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable int seq) {
        return Downloads.attachment(petitions.attachment(me, new PetitionId(id), seq));
    }

    @PostMapping("/api/v1/petitions/{id}/recusal")
    @PetitionRoute(PetitionStep.RECUSE)
    ResponseEntity<Map<String, String>> recuse(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody StepFields f) {
        petitions.recuse(me, new PetitionId(id), f.reason());
        return ResponseEntity.ok(Map.of("status", "recused"));
    }

    // ---- the steps of the track: one route each ----

    @PostMapping("/api/v1/petitions/{id}/classify")
    @PetitionRoute(PetitionStep.CLASSIFY)
    PetitionView classify(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.classify(me, new PetitionId(id), f.version(), f.requiredCategory(), f.route(), f.organs());
    }

    @PostMapping("/api/v1/petitions/{id}/forward-opinion")
    @PetitionRoute(PetitionStep.FORWARD_OPINION)
    PetitionView forwardOpinion(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.forwardOpinion(me, new PetitionId(id), f.version());
    }

    @PostMapping("/api/v1/petitions/{id}/channel")
    @PetitionRoute(PetitionStep.CHANNEL)
    PetitionView channel(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.channel(me, new PetitionId(id), f.version(), f.notice());
    }

    @PostMapping("/api/v1/petitions/{id}/transfer")
    @PetitionRoute(PetitionStep.TRANSFER)
    PetitionView transfer(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.transfer(me, new PetitionId(id), f.version(), f.unit(), f.mode());
    }

    @PostMapping("/api/v1/petitions/{id}/object")
    @PetitionRoute(PetitionStep.OBJECT)
    PetitionView object(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.object(me, new PetitionId(id), f.version(), f.reason());
    }

    @PostMapping("/api/v1/petitions/{id}/agree-objection")
    @PetitionRoute(PetitionStep.AGREE_OBJECTION)
    PetitionView agreeObjection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.agreeObjection(me, new PetitionId(id), f.version(), f.note());
    }

    @PostMapping("/api/v1/petitions/{id}/refuse-objection")
    @PetitionRoute(PetitionStep.REFUSE_OBJECTION)
    PetitionView refuseObjection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.refuseObjection(me, new PetitionId(id), f.version(), f.note());
    }

    @PostMapping("/api/v1/petitions/{id}/accept")
    @PetitionRoute(PetitionStep.ACCEPT)
    PetitionView accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.accept(me, new PetitionId(id), f.version());
    }

    @PostMapping("/api/v1/petitions/{id}/decline")
    @PetitionRoute(PetitionStep.DECLINE)
    PetitionView decline(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.decline(me, new PetitionId(id), f.version(), f.reason());
    }

    @PostMapping("/api/v1/petitions/{id}/extension")
    @PetitionRoute(PetitionStep.REQUEST_EXTENSION)
    PetitionView extension(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.requestExtension(me, new PetitionId(id), f.version(), f.dayCount(), f.reason());
    }

    @PostMapping("/api/v1/petitions/{id}/extension-approval")
    @PetitionRoute(PetitionStep.APPROVE_EXTENSION)
    PetitionView extensionApproval(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.approveExtension(me, new PetitionId(id), f.version(), f.head());
    }

    @PostMapping("/api/v1/petitions/{id}/execution")
    @PetitionRoute(PetitionStep.RECORD_EXECUTION)
    PetitionView execution(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.recordExecution(me, new PetitionId(id), f.version(), f.note());
    }

    @PostMapping("/api/v1/petitions/{id}/settle")
    @PetitionRoute(PetitionStep.SETTLE)
    PetitionView settle(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.settle(me, new PetitionId(id), f.version(), f.agreement());
    }

    @PostMapping("/api/v1/petitions/{id}/decision")
    @PetitionRoute(PetitionStep.DECIDE)
    PetitionView decision(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.decide(me, new PetitionId(id), f.version(), f.outcome(), f.facts(), f.reasons(), f.legalBasis());
    }

    @PostMapping("/api/v1/petitions/{id}/review-request")
    @PetitionRoute(PetitionStep.REVIEW_REQUEST)
    PetitionView reviewRequest(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.requestReview(me, new PetitionId(id), f.version(), f.unit(), f.requestedOn());
    }

    @PostMapping("/api/v1/petitions/{id}/review-decision")
    @PetitionRoute(PetitionStep.DECIDE_REVIEW)
    PetitionView reviewDecision(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.decideReview(me, new PetitionId(id), f.version(), f.outcome(), f.facts(), f.reasons(), f.legalBasis());
    }

    @PostMapping("/api/v1/petitions/{id}/re-review-request")
    @PetitionRoute(PetitionStep.RE_REVIEW_REQUEST)
    PetitionView reReviewRequest(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.requestReReview(me, new PetitionId(id), f.version(), f.unit(), f.requestedOn());
    }

    @PostMapping("/api/v1/petitions/{id}/hearing")
    @PetitionRoute(PetitionStep.RECORD_HEARING)
    PetitionView hearing(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.recordHearing(me, new PetitionId(id), f.version(), f.dayCount(), f.note());
    }

    @PostMapping("/api/v1/petitions/{id}/re-review-decision")
    @PetitionRoute(PetitionStep.DECIDE_RE_REVIEW)
    PetitionView reReviewDecision(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.decideReReview(me, new PetitionId(id), f.version(), f.outcome(), f.facts(), f.reasons(), f.legalBasis());
    }

    @PostMapping("/api/v1/petitions/{id}/accused-person")
    @PetitionRoute(PetitionStep.NAME_ACCUSED)
    PetitionView accusedPerson(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.nameAccusedPerson(me, new PetitionId(id), f.version(), f.account());
    }

    @PostMapping("/api/v1/petitions/{id}/assignee")
    @PetitionRoute(PetitionStep.ASSIGN)
    PetitionView assignee(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.assign(me, new PetitionId(id), f.version(), f.account());
    }

    @PostMapping("/api/v1/petitions/{id}/major")
    @PetitionRoute(PetitionStep.MARK_MAJOR)
    PetitionView major(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.flagMajor(me, new PetitionId(id), f.version(), f.reason());
    }

    @PostMapping("/api/v1/petitions/{id}/supervision")
    @PetitionRoute(PetitionStep.SUPERVISE)
    PetitionView supervision(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody StepFields f) {
        return petitions.supervise(me, new PetitionId(id), f.version(), f.note());
    }
}
