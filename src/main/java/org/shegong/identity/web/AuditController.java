package org.shegong.identity.web;

import org.shegong.identity.IdentityStep;
import org.shegong.identity.IdentityRoute;
import java.util.List;
import java.util.Map;
import org.shegong.identity.AuditLog;
import org.shegong.identity.AuditRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit-log viewer for auditors, with chain verification. */
@Controller
@IdentityRoute(IdentityStep.READ_AUDIT)
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String view(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "0") long before, @RequestParam(defaultValue = "false") boolean verify,
            Model model) {
        List<AuditRecord> rows = audit.search(actor, action, 100, before);
        model.addAttribute("rows", rows);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("next", rows.size() == 100 ? rows.get(rows.size() - 1).seq() : 0);
        if (verify) {
            model.addAttribute("verified", true);
            model.addAttribute("brokenAt", audit.verify().orElse(null));
        }
        return "identity/audit";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    List<AuditRecord> list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "0") long before, @RequestParam(defaultValue = "100") int limit) {
        return audit.search(actor, action, limit, before);
    }

    @GetMapping("/api/v1/audit/verify")
    @ResponseBody
    Map<String, Object> verify() {
        var broken = audit.verify();
        return broken.<Map<String, Object>>map(seq -> Map.of("intact", false, "brokenAt", seq))
                .orElseGet(() -> Map.of("intact", true));
    }
}
