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
}
