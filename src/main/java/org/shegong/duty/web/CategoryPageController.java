package org.shegong.duty.web;

import org.shegong.SignedIn;
import org.shegong.duty.DutyStep;
import org.shegong.duty.DutyRoute;
import jakarta.servlet.http.HttpServletResponse;
import org.shegong.InvalidInput;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The category catalogue page: everyone views, province administrators edit. */
@Controller
class CategoryPageController {

    private final CategoryCatalogue categories;

    CategoryPageController(CategoryCatalogue categories) {
        this.categories = categories;
    }

    @GetMapping("/admin/categories")
    @SignedIn
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("fields", categories.tree());
        model.addAttribute("items", categories.itemsByCategory());
        model.addAttribute("edition", categories.edition());
        model.addAttribute("limitClasses", CategoryCatalogue.LIMIT_CLASSES);
        model.addAttribute("editor", DutyStep.EDIT_CATALOGUE.allowsAnyOf(me.roles()));
        return "duty/categories";
    }

    @PostMapping("/admin/categories/{code}")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @RequestParam int version,
            @RequestParam String nameZh, @RequestParam String nameEn, @RequestParam(defaultValue = "false") boolean active,
            Model model, HttpServletResponse response) {
        try {
            categories.update(me, code, version, nameZh, nameEn, active);
            return "redirect:/admin/categories?saved#" + code;
        } catch (InvalidInput e) {
            DutyPageController.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(me, model);
        }
    }

    @PostMapping("/admin/categories")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    String add(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String field, @RequestParam String nameZh,
            @RequestParam String nameEn, Model model, HttpServletResponse response) {
        try {
            String code = categories.addCategory(me, field, nameZh, nameEn).code();
            return "redirect:/admin/categories?saved#" + code;
        } catch (InvalidInput e) {
            DutyPageController.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(me, model);
        }
    }

    @PostMapping("/admin/catalogue/items")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    String addItem(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String category, ItemForm form, Model model,
            HttpServletResponse response) {
        try {
            String code = categories.addItem(me, category, form.input()).code();
            return "redirect:/admin/categories?saved#" + code;
        } catch (InvalidInput e) {
            DutyPageController.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(me, model);
        }
    }

    @PostMapping("/admin/catalogue/items/{code}")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    String updateItem(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @RequestParam int version,
            ItemForm form, Model model, HttpServletResponse response) {
        try {
            categories.updateItem(me, code, version, form.input());
            return "redirect:/admin/categories?saved#" + code;
        } catch (InvalidInput e) {
            DutyPageController.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(me, model);
        }
    }

    @GetMapping("/admin/catalogue.xlsx")
    @SignedIn
    org.springframework.http.ResponseEntity<byte[]> export() {
        return DutyApiController.xlsx(categories.export(), "catalogue.xlsx");
    }

    @PostMapping("/admin/catalogue/import")
    @DutyRoute(DutyStep.EDIT_CATALOGUE)
    String importWorkbook(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(value = "file", required = false) org.springframework.web.multipart.MultipartFile file, Model model,
            HttpServletResponse response) throws java.io.IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "duty.catalogue.import.notXlsx");
            }
            int rows = categories.importWorkbook(me, file.getBytes());
            return "redirect:/admin/categories?imported=" + rows;
        } catch (InvalidInput e) {
            DutyPageController.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(me, model);
        }
    }

    /** An item's fields as the page posts them. */
    record ItemForm(@org.jspecify.annotations.Nullable String nameZh, @org.jspecify.annotations.Nullable String nameEn,
            @org.jspecify.annotations.Nullable String unitKind, @org.jspecify.annotations.Nullable String limitClass,
            @org.jspecify.annotations.Nullable String keywords, @org.jspecify.annotations.Nullable Boolean active) {

        CategoryCatalogue.ItemInput input() {
            return new CategoryCatalogue.ItemInput(nameZh, nameEn, unitKind, limitClass, keywords, active != null && active);
        }
    }
}
