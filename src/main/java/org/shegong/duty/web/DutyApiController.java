package org.shegong.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.shegong.SignedIn;
import org.shegong.duty.DutyStep;
import org.shegong.duty.DutyRoute;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.duty.CategoryField;
import org.shegong.duty.DispatchCatalogue;
import org.shegong.duty.DispatchProposal;
import org.shegong.duty.DutyItemInput;
import org.shegong.duty.DutyListRejected;
import org.shegong.duty.DutyLists;
import org.shegong.duty.VillageWorkItem;
import org.shegong.duty.VillageWorkLists;
import org.shegong.duty.VillageWorkType;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of the category catalogue, the township duty lists, village admitted work and the routing lookup. */
@RestController
class DutyApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CategoryCatalogue categories;
    private final DutyLists lists;
    private final VillageWorkLists villages;
    private final DispatchCatalogue dispatch;
    private final MessageSource messages;
    private final Clock clock;

    DutyApiController(CategoryCatalogue categories, DutyLists lists, VillageWorkLists villages, DispatchCatalogue dispatch,
            MessageSource messages, Clock clock) {
        this.categories = categories;
        this.lists = lists;
        this.villages = villages;
        this.dispatch = dispatch;
        this.messages = messages;
        this.clock = clock;
    }

    @ExceptionHandler(DutyListRejected.class)
    ResponseEntity<DutyJson.Rejection> rejected(DutyListRejected e) {
        return ResponseEntity.badRequest().body(DutyJson.Rejection.of(e, messages));
    }

    @GetMapping("/api/v1/categories")
    @SignedIn
    List<CategoryField> categories() {
        return categories.tree();
    }

    record CategoryChange(@Nullable String field, @Nullable String nameZh, @Nullable String nameEn,
            @Nullable Boolean active, @Nullable Integer version) {
    }

    @PostMapping("/api/v1/categories")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    ResponseEntity<?> addCategory(@AuthenticationPrincipal StaffPrincipal me, @RequestBody CategoryChange body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(categories.addCategory(me, body.field(), body.nameZh(), body.nameEn()));
    }

    @PutMapping("/api/v1/categories/{code}")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    Object updateCategory(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @RequestBody CategoryChange body) {
        return categories.update(me, code, version(body.version()), body.nameZh(), body.nameEn(),
                body.active() == null || body.active());
    }

    @GetMapping("/api/v1/categories/items")
    @SignedIn
    List<org.shegong.duty.CategoryItem> categoryItems() {
        return categories.items();
    }

    @Schema(name = "DutyItemChange")
    record ItemChange(@Nullable String category, @Nullable String nameZh, @Nullable String nameEn, @Nullable String unitKind,
            @Nullable String limitClass, @Nullable String keywords, @Nullable Boolean active, @Nullable Integer version) {

        CategoryCatalogue.ItemInput input() {
            return new CategoryCatalogue.ItemInput(nameZh, nameEn, unitKind, limitClass, keywords, active == null || active);
        }
    }

    @PostMapping("/api/v1/categories/items")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    ResponseEntity<?> addItem(@AuthenticationPrincipal StaffPrincipal me, @RequestBody ItemChange body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(categories.addItem(me, body.category() == null ? "" : body.category(),
                body.input()));
    }

    @PutMapping("/api/v1/categories/items/{code}")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    Object updateItem(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @RequestBody ItemChange body) {
        return categories.updateItem(me, code, version(body.version()), body.input());
    }

    @GetMapping("/api/v1/categories/export.xlsx")
    @SignedIn
    ResponseEntity<byte[]> exportCatalogue() {
        return xlsx(categories.export(), "catalogue.xlsx");
    }

    record Imported(int rows, int edition) {
    }

    @PostMapping("/api/v1/categories/import")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    Imported importCatalogue(@AuthenticationPrincipal StaffPrincipal me, @RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new org.shegong.InvalidInput("file", "duty.catalogue.import.notXlsx");
        }
        int rows = categories.importWorkbook(me, file.getBytes());
        return new Imported(rows, categories.edition());
    }

    @GetMapping("/api/v1/duty/townships/{code}/lists")
    @SignedIn
    DutyJson.Version inForce(Scope scope, @PathVariable String code, @RequestParam(required = false) @Nullable LocalDate on) {
        RegionCode township = RegionCode.of(code);
        lists.requireVisible(scope, township);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return lists.inForce(township, day).map(DutyJson.Version::of).orElseThrow(() -> new NotFound("duty list", code + "@" + day));
    }

    @GetMapping("/api/v1/duty/townships/{code}/versions")
    @SignedIn
    List<DutyJson.Version> versions(Scope scope, @PathVariable String code) {
        return lists.versions(scope, RegionCode.of(code)).stream().map(DutyJson.Version::of).toList();
    }

    @GetMapping("/api/v1/duty/townships/{code}/versions/{number}")
    @SignedIn
    DutyJson.Version version(Scope scope, @PathVariable String code, @PathVariable int number) {
        return DutyJson.Version.of(lists.version(scope, RegionCode.of(code), number));
    }

    @GetMapping("/api/v1/duty/townships/{code}/versions/{number}/export.xlsx")
    @SignedIn
    ResponseEntity<byte[]> export(Scope scope, @PathVariable String code, @PathVariable int number) {
        return xlsx(lists.export(scope, RegionCode.of(code), number), "duty-" + code + "-v" + number + ".xlsx");
    }

    @PostMapping("/api/v1/duty/townships/{code}/draft")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    DutyJson.Version openDraft(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code) {
        return DutyJson.Version.of(lists.openDraft(me, RegionCode.of(code)));
    }

    @PostMapping("/api/v1/duty/townships/{code}/draft/items")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    DutyJson.Version putItem(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
            @RequestBody DutyJson.ItemChange body) {
        return DutyJson.Version.of(lists.putItem(me, RegionCode.of(code), version(body.version()),
                new DutyItemInput(body.code(), body.name(), body.type(), body.categoryCodes(), body.lead())));
    }

    @DeleteMapping("/api/v1/duty/townships/{code}/draft/items/{item}")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    DutyJson.Version removeItem(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
            @PathVariable String item, @RequestParam int version) {
        return DutyJson.Version.of(lists.removeItem(me, RegionCode.of(code), version, item));
    }

    @PostMapping("/api/v1/duty/townships/{code}/draft/import")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    DutyJson.Version importWorkbook(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
            @RequestParam int version, @RequestParam("file") MultipartFile file) throws IOException {
        return DutyJson.Version.of(lists.importWorkbook(me, RegionCode.of(code), version, DutyUploads.bytes(file)));
    }

    @PostMapping("/api/v1/duty/townships/{code}/draft/publish")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    DutyJson.Version publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
            @RequestBody DutyJson.Publish body) {
        return DutyJson.Version.of(lists.publish(me, RegionCode.of(code), version(body.version()), body.effectiveFrom()));
    }

    @GetMapping("/api/v1/duty/template.xlsx")
    @SignedIn
    ResponseEntity<byte[]> template() {
        return xlsx(lists.template(), "duty-template.xlsx");
    }

    @GetMapping("/api/v1/duty/propose")
    @SignedIn
    DispatchProposal propose(@RequestParam String township, @RequestParam(required = false) @Nullable String village,
            @RequestParam String category, @RequestParam(required = false) @Nullable LocalDate on) {
        return dispatch.propose(RegionCode.of(township), village == null || village.isBlank() ? null : RegionCode.of(village),
                category, on == null ? LocalDate.now(clock) : on);
    }

    record VillageItemForm(@Nullable String code, @Nullable String name, @Nullable VillageWorkType type,
            @Nullable List<String> categoryCodes, @Nullable LocalDate effectiveFrom) {
    }

    @GetMapping("/api/v1/duty/villages/{code}/items")
    @SignedIn
    List<VillageWorkItem> villageItems(Scope scope, @PathVariable String code,
            @RequestParam(required = false) @Nullable LocalDate on) {
        RegionCode village = RegionCode.of(code);
        if (on == null) {
            return villages.history(scope, village);
        }
        villages.requireVisible(scope, village);
        return villages.inForce(village, on);
    }

    @PostMapping("/api/v1/duty/villages/{code}/items")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    ResponseEntity<VillageWorkItem> addVillageItem(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
            @RequestBody VillageItemForm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(villages.add(me, RegionCode.of(code), body.code(), body.name(),
                body.type(), body.categoryCodes(), body.effectiveFrom()));
    }

    private static int version(@Nullable Integer v) {
        if (v == null) {
            throw new InvalidInput("version", "duty.version.required");
        }
        return v;
    }

    static ResponseEntity<byte[]> xlsx(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(bytes);
    }
}
