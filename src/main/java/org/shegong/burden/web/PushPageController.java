package org.shegong.burden.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.burden.Admissions;
import org.shegong.burden.BurdenRoute;
import org.shegong.burden.BurdenStep;
import org.shegong.duty.VillageWorkItem;
import org.shegong.identity.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page through which work is given to a village or community: the same {@link Admissions#push} the API calls, so
 * work citing no admitted item is refused, counted, and the refusal shown with the rule it broke.
 */
@Controller
class PushPageController {

    static final String[] KINDS = { "WORK", "CERTIFICATE", "INSPECTION", "MEETING", "ASSESSMENT" };

    private final Admissions admissions;
    private final MessageSource messages;

    PushPageController(Admissions admissions, MessageSource messages) {
        this.admissions = admissions;
        this.messages = messages;
    }

    @GetMapping("/burden/pushes")
    @BurdenRoute(BurdenStep.PUSH_WORK)
    String page(Model model) {
        model.addAttribute("kinds", KINDS);
        return "burden/pushes";
    }

    @PostMapping("/burden/pushes")
    @BurdenRoute(BurdenStep.PUSH_WORK)
    String push(@AuthenticationPrincipal StaffPrincipal me, @Nullable String villageCode, @Nullable String itemCode,
            @Nullable String kind, @Nullable String what, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("kinds", KINDS);
        model.addAttribute("villageCode", villageCode);
        model.addAttribute("itemCode", itemCode);
        model.addAttribute("kind", kind);
        model.addAttribute("what", what);
        try {
            VillageWorkItem item = admissions.push(me, villageCode, itemCode, kind, what);
            model.addAttribute("pushed", item);
        } catch (InvalidInput e) {
            // refused at the door: the page names the rule (its key) and says it in both languages
            response.setStatus(400);
            model.addAttribute("rule", e.messageKey());
            model.addAttribute("refusal", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.SIMPLIFIED_CHINESE));
            model.addAttribute("refusalEn", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.ENGLISH));
        }
        return "burden/pushes";
    }
}
