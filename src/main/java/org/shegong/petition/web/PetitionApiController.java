package org.shegong.petition.web;

import org.shegong.SignedIn;
import org.shegong.petition.PetitionStep;
import org.shegong.petition.PetitionRoute;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.calendar.Deadline;
import org.shegong.identity.StaffPrincipal;
import org.shegong.petition.EarlierPetition;
import org.shegong.petition.PetitionManagement;
import org.shegong.petition.PetitionQueries;
import org.shegong.petition.PetitionRow;
import org.shegong.petition.PetitionStatus;
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

/** 信访 REST API: registration, every step of the track, lists, search, export, alerts, statistics and documents. */
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

    @PostMapping("/api/v1/petitions/repeat-check")
    @PetitionRoute(PetitionStep.REGISTER)
    List<EarlierPetition> repeatCheck(@RequestBody RepeatQuery body) {
        return petitions.repeatCheck(body.residentId(), body.matter());
    }

    @GetMapping("/api/v1/petitions")
    @SignedIn
    List<PetitionRow> search(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q,
            @RequestParam(required = false) PetitionStatus status, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "100") int limit) {
        return queries.search(me, q, status, open, limit);
    }

    @GetMapping("/api/v1/petitions/export.csv")
    @SignedIn
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
    @SignedIn
    PetitionView get(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return petitions.find(me, id);
    }

    @GetMapping("/api/v1/petitions/{id}/documents/{seq}")
    @SignedIn
    ResponseEntity<byte[]> document(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable int seq) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(petitions.document(me, id, seq));
    }

    @PostMapping(path = "/api/v1/petitions/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @SignedIn
    ResponseEntity<PetitionView> attach(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        if (file.getSize() > org.shegong.petition.Attachment.MAX_BYTES) {
            throw new org.shegong.InvalidInput("file", "petition.attachment.size", org.shegong.petition.Attachment.MAX_BYTES / 1024 / 1024);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(petitions.attach(me, id, org.shegong.petition.Attachment.of(file.getOriginalFilename(), file.getBytes())));
    }

    @GetMapping("/api/v1/petitions/{id}/attachments/{seq}")
    @SignedIn
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable int seq) {
        return Downloads.attachment(petitions.attachment(me, id, seq));
    }

    @PostMapping("/api/v1/petitions/{id}/recusal")
    @SignedIn
    ResponseEntity<Map<String, String>> recuse(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody Step body) {
        petitions.recuse(me, id, body.reason());
        return ResponseEntity.ok(Map.of("status", "recused"));
    }

    @PostMapping("/api/v1/petitions/{id}/{action}")
    @SignedIn
    PetitionView step(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable String action,
            @RequestBody Step body) {
        return Steps.run(petitions, me, id, action, body);
    }

    static LocalDate today() {
        return LocalDate.now(Deadline.ZONE);
    }
}
