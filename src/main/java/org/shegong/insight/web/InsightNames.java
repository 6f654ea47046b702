package org.shegong.insight.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.shegong.duty.Category;
import org.shegong.duty.CategoryCatalogue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Names where people expect names on the insight pages: every category's name in the page's language, by code. */
@ControllerAdvice(assignableTypes = InsightController.class)
class InsightNames {

    private final CategoryCatalogue categories;

    InsightNames(CategoryCatalogue categories) {
        this.categories = categories;
    }

    @ModelAttribute("categoryNames")
    Map<String, String> categoryNames() {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return categories.activeCategories().stream().collect(Collectors.toMap(Category::code,
                c -> english && !c.nameEn().isBlank() ? c.nameEn() : c.nameZh(), (a, b) -> a));
    }
}
