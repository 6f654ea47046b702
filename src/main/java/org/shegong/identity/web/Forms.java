package org.shegong.identity.web;

import org.shegong.InvalidInput;
import org.springframework.ui.Model;

/** Puts a rule violation on a form page so the template can show it beside the field. */
final class Forms {

    private Forms() {
    }

    static void error(Model model, InvalidInput e) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        model.addAttribute("errorField", e.field());
    }
}
