package org.shegong.limit.web;

import java.util.List;
import java.util.Map;
import org.shegong.identity.AuditEntry;
import org.shegong.identity.AuditLog;
import org.shegong.identity.StaffPrincipal;
import org.shegong.limit.Block;
import org.shegong.limit.Limits;
import org.springframework.http.ResponseEntity;
import org.shegong.limit.LimitRoute;
import org.shegong.limit.LimitStep;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Current blocks (client addresses, tracking codes, user names that hit a limit) and lifting one, audited. */
@Controller
@LimitRoute(LimitStep.LIFT_BLOCKS)
class LimitController {

    private final Limits limits;
    private final AuditLog audit;

    LimitController(Limits limits, AuditLog audit) {
        this.limits = limits;
        this.audit = audit;
    }

    @GetMapping("/admin/limits")
    String page(Model model) {
        model.addAttribute("blocks", limits.blocks());
        return "limit/blocks";
    }

    @PostMapping("/admin/limits/lift")
    String liftFromPage(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String key) {
        lift(me, key);
        return "redirect:/admin/limits?lifted";
    }

    @GetMapping("/api/v1/admin/limits")
    @ResponseBody
    List<Block> list() {
        return limits.blocks();
    }

    @DeleteMapping("/api/v1/admin/limits")
    ResponseEntity<Map<String, Object>> liftFromApi(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String key) {
        return lift(me, key) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(404).body(Map.of("status", 404, "error", "没有这个限制", "errorEn", "No such block"));
    }

    private boolean lift(StaffPrincipal me, String key) {
        boolean lifted = limits.lift(key);
        audit.record(AuditEntry.of(me, "limit.lift", "limit:" + key, lifted ? "OK" : "NOT_FOUND", null));
        return lifted;
    }
}
