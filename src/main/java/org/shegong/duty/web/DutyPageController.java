package org.shegong.duty.web;

import org.shegong.SignedIn;
import org.shegong.duty.DutyStep;
import org.shegong.duty.DutyRoute;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.duty.Category;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.duty.DutyItemInput;
import org.shegong.duty.DutyItemType;
import org.shegong.duty.DutyListRejected;
import org.shegong.duty.DutyListVersion;
import org.shegong.duty.DutyLists;
import org.shegong.duty.VillageWorkLists;
import org.shegong.duty.VillageWorkType;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Pages of the township duty lists ({@code /admin/duty}) and village admitted work lists, always within scope. */
@Controller
class DutyPageController {

    private final DutyLists lists;
    private final VillageWorkLists villages;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;
    private final UnitManagement units;
    private final Clock clock;

    DutyPageController(DutyLists lists, VillageWorkLists villages, CategoryCatalogue categories, RegionDirectory regions,
            UnitManagement units, Clock clock) {
        this.lists = lists;
        this.villages = villages;
        this.categories = categories;
        this.regions = regions;
        this.units = units;
        this.clock = clock;
    }

    /** Drill down from the caller's region to a township, then show its lists. */
    @GetMapping("/admin/duty")
    @SignedIn
    String index(Scope scope, @RequestParam(required = false) @Nullable String area, Model model) {
        RegionCode at = area == null || area.isBlank() ? scope.region() : RegionCode.of(area);
        if (!scope.covers(at) || regions.find(at).isEmpty()) {
            throw new org.shegong.NotFound("region", at.value());
        }
        if (at.level() == RegionLevel.TOWNSHIP) {
            return "redirect:/admin/duty/" + at.value();
        }
        if (at.level().ordinal() > RegionLevel.TOWNSHIP.ordinal()) {
            return "redirect:/admin/duty/" + at.ancestorAt(RegionLevel.TOWNSHIP).value();
        }
        model.addAttribute("area", regions.get(at));
        model.addAttribute("trail", regions.ancestors(at).stream().filter(r -> scope.covers(r.code())).toList());
        model.addAttribute("children", regions.children(at));
        return "duty/index";
    }

    @GetMapping("/admin/duty/{township}")
    @SignedIn
    String township(Scope scope, @AuthenticationPrincipal StaffPrincipal me, @PathVariable String township,
            @RequestParam(required = false) @Nullable LocalDate on, Model model) {
        RegionCode code = RegionCode.of(township);
        lists.requireVisible(scope, code);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        List<DutyListVersion> versions = lists.versions(scope, code);
        model.addAttribute("township", regions.get(code));
        model.addAttribute("on", day);
        model.addAttribute("inForce", lists.inForce(code, day).orElse(null));
        model.addAttribute("versions", versions);
        model.addAttribute("draft", versions.stream().filter(v -> !v.published()).findFirst().orElse(null));
        model.addAttribute("editor", DutyStep.EDIT_DUTY_LISTS.allowsAnyOf(me.roles()));
        model.addAttribute("types", DutyItemType.values());
        model.addAttribute("villages", regions.children(code));
        boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> names = categories.tree().stream().flatMap(f -> f.categories().stream())
                .collect(Collectors.toMap(Category::code, c -> english && !c.nameEn().isBlank() ? c.nameEn() : c.nameZh()));
        model.addAttribute("categoryNames", names);
        Map<Long, String> unitNames = new java.util.HashMap<>();
        versions.stream().flatMap(v -> v.items().stream()).map(i -> i.leadUnitId()).filter(java.util.Objects::nonNull)
                .distinct().forEach(id -> unitNames.put(id, units.byId(UnitId.of(id)).map(UnitView::name).orElse("#" + id)));
        model.addAttribute("unitNames", unitNames);
        return "duty/township";
    }

    @PostMapping("/admin/duty/{township}/draft")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    String openDraft(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String township) {
        lists.openDraft(me, RegionCode.of(township));
        return "redirect:/admin/duty/" + township + "#draft";
    }

    @PostMapping("/admin/duty/{township}/draft/items")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    String putItem(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String township, @RequestParam int version,
            @RequestParam String code, @RequestParam String name, @RequestParam String type,
            @RequestParam(defaultValue = "") String categoryCodes, @RequestParam(defaultValue = "") String lead, Model model,
            HttpServletResponse response) {
        try {
            lists.putItem(me, RegionCode.of(township), version, new DutyItemInput(code, name, type, List.of(categoryCodes),
                    lead.isBlank() ? null : lead));
            return "redirect:/admin/duty/" + township + "?saved#draft";
        } catch (InvalidInput e) {
            return failed(me, township, e, model, response);
        }
    }

    @PostMapping("/admin/duty/{township}/draft/items/{item}/remove")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    String removeItem(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String township, @PathVariable String item,
            @RequestParam int version) {
        lists.removeItem(me, RegionCode.of(township), version, item);
        return "redirect:/admin/duty/" + township + "?saved#draft";
    }

    @PostMapping("/admin/duty/{township}/draft/import")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    String importWorkbook(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String township,
            @RequestParam int version, @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        try {
            if (file == null) {
                throw new DutyListRejected(List.of(new DutyListRejected.Problem(null, "file", "duty.import.noFile")));
            }
            DutyListVersion draft = lists.importWorkbook(me, RegionCode.of(township), version, DutyUploads.bytes(file));
            return "redirect:/admin/duty/" + township + "?imported=" + draft.items().size() + "#draft";
        } catch (InvalidInput e) {
            return failed(me, township, e, model, response);
        }
    }

    @PostMapping("/admin/duty/{township}/draft/publish")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    String publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String township, @RequestParam int version,
            @RequestParam(required = false) @Nullable LocalDate effectiveFrom, Model model, HttpServletResponse response) {
        try {
            lists.publish(me, RegionCode.of(township), version, effectiveFrom);
            return "redirect:/admin/duty/" + township + "?saved";
        } catch (InvalidInput e) {
            return failed(me, township, e, model, response);
        }
    }

    @GetMapping("/admin/duty/{township}/versions/{number}.xlsx")
    @SignedIn
    ResponseEntity<byte[]> export(Scope scope, @PathVariable String township, @PathVariable int number) {
        return DutyApiController.xlsx(lists.export(scope, RegionCode.of(township), number),
                "duty-" + township + "-v" + number + ".xlsx");
    }

    @GetMapping("/admin/duty/template.xlsx")
    @SignedIn
    ResponseEntity<byte[]> template() {
        return DutyApiController.xlsx(lists.template(), "duty-template.xlsx");
    }

    @GetMapping("/admin/duty/villages/{village}")
    @SignedIn
    String village(Scope scope, @AuthenticationPrincipal StaffPrincipal me, @PathVariable String village,
            @RequestParam(required = false) @Nullable LocalDate on, Model model) {
        RegionCode code = RegionCode.of(village);
        model.addAttribute("items", villages.history(scope, code));
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        model.addAttribute("on", day);
        model.addAttribute("village", regions.get(code));
        model.addAttribute("township", regions.get(code.parent()));
        model.addAttribute("editor", DutyStep.EDIT_DUTY_LISTS.allowsAnyOf(me.roles()));
        model.addAttribute("types", VillageWorkType.values());
        return "duty/village";
    }

    @PostMapping("/admin/duty/villages/{village}/items")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    String addVillageItem(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String village, @RequestParam String code,
            @RequestParam String name, @RequestParam(required = false) @Nullable VillageWorkType type,
            @RequestParam(defaultValue = "") String categoryCodes, @RequestParam(required = false) @Nullable LocalDate effectiveFrom,
            Model model, HttpServletResponse response) {
        try {
            villages.add(me, RegionCode.of(village), code, name, type, List.of(categoryCodes), effectiveFrom);
            return "redirect:/admin/duty/villages/" + village + "?saved";
        } catch (InvalidInput e) {
            error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return village(me.scope(), me, village, null, model);
        }
    }

    @PostMapping("/admin/duty/villages/{village}/items/{id}/end")
    @DutyRoute(DutyStep.EDIT_DUTY_LISTS)
    String endVillageItem(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String village, @PathVariable long id,
            @RequestParam(required = false) @Nullable LocalDate effectiveTo, Model model, HttpServletResponse response) {
        try {
            villages.end(me, RegionCode.of(village), id, effectiveTo);
            return "redirect:/admin/duty/villages/" + village + "?saved";
        } catch (InvalidInput e) {
            error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return village(me.scope(), me, village, null, model);
        }
    }

    private String failed(StaffPrincipal me, String township, InvalidInput e, Model model, HttpServletResponse response) {
        error(model, e);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return township(me.scope(), me, township, null, model);
    }

    static void error(Model model, InvalidInput e) {
        if (e instanceof DutyListRejected r) {
            model.addAttribute("problems", r.problems());
        } else {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("errorField", e.field());
        }
    }
}
