package org.shegong.identity.web;

import org.shegong.identity.IdentityStep;
import org.shegong.identity.IdentityRoute;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shegong.InvalidInput;
import org.shegong.identity.AccountId;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.AccountView;
import org.shegong.identity.NewAccount;
import org.shegong.identity.PiiKind;
import org.shegong.Role;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitManagement;
import org.shegong.region.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Staff accounts administration, pages and API, within the administrator's scope. */
@Controller
@IdentityRoute(IdentityStep.MANAGE_ACCOUNTS)
class AccountController {

    private final AccountManagement accounts;
    private final UnitManagement units;

    AccountController(AccountManagement accounts, UnitManagement units) {
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping("/admin/accounts")
    String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String unitQ, Model model) {
        model.addAttribute("accounts", accounts.search(me.scope(), q, 200));
        model.addAttribute("q", q);
        model.addAttribute("unitQ", unitQ);
        model.addAttribute("units", units.search(me.scope(), unitQ, 300));
        model.addAttribute("grantable", grantable(me));
        return "identity/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String username,
            @RequestParam String displayName, @RequestParam(defaultValue = "0") long unitId,
            @RequestParam(required = false) Set<Role> roles, @RequestParam String password,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String idNumber, Model model,
            HttpServletResponse response) {
        try {
            AccountView created = accounts.create(me, new NewAccount(username, displayName, UnitId.of(unitId),
                    roles == null ? Set.of() : roles, password, phone, idNumber));
            return "redirect:/admin/accounts/" + created.id() + "?created";
        } catch (InvalidInput e) {
            Forms.error(model, e);
            model.addAttribute("form", Map.of("username", username, "displayName", displayName, "unitId", UnitId.of(unitId),
                    "roles", roles == null ? Set.of() : roles, "phone", phone == null ? "" : phone,
                    "idNumber", idNumber == null ? "" : idNumber));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(me, "", "", model);
        }
    }

    @GetMapping("/admin/accounts/{id}")
    String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("account", accounts.find(me.scope(), AccountId.of(id)));
        model.addAttribute("grantable", grantable(me));
        model.addAttribute("allRoles", Role.values());
        return "identity/account";
    }

    @PostMapping("/admin/accounts/{id}")
    String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam int version,
            @RequestParam String displayName, @RequestParam(required = false) Set<Role> roles,
            @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) String phone,
            Model model, HttpServletResponse response) {
        try {
            accounts.update(me, AccountId.of(id), version, displayName, roles == null ? Set.of() : roles, enabled,
                    phone == null || phone.isBlank() ? null : phone);
            return "redirect:/admin/accounts/" + id + "?saved";
        } catch (InvalidInput e) {
            Forms.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(me, id, model);
        }
    }

    @PostMapping("/admin/accounts/{id}/password")
    String reset(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam String password,
            Model model, HttpServletResponse response) {
        try {
            accounts.resetPassword(me, AccountId.of(id), password);
            return "redirect:/admin/accounts/" + id + "?reset";
        } catch (InvalidInput e) {
            Forms.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(me, id, model);
        }
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        accounts.unlock(me, AccountId.of(id));
        return "redirect:/admin/accounts/" + id + "?unlocked";
    }

    @PostMapping("/admin/accounts/{id}/reveal")
    String reveal(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam PiiKind field,
            @RequestParam(defaultValue = "") String purpose, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("revealed", accounts.reveal(me, AccountId.of(id), field, purpose));
            model.addAttribute("revealedField", field);
        } catch (InvalidInput e) {
            Forms.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return detail(me, id, model);
    }

    private Set<Role> grantable(StaffPrincipal me) {
        return accounts.grantableRoles(me);
    }

    record AccountChange(String displayName, Set<Role> roles, Boolean enabled, String phone, Integer version) {
    }

    record PasswordReset(String password) {
    }

    record Reveal(PiiKind field, String purpose) {
    }

    @GetMapping("/api/v1/accounts")
    @ResponseBody
    List<AccountView> apiList(Scope scope, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "100") int limit) {
        return accounts.search(scope, q, limit);
    }

    @GetMapping("/api/v1/accounts/{id}")
    @ResponseBody
    AccountView apiGet(Scope scope, @PathVariable long id) {
        return accounts.find(scope, AccountId.of(id));
    }

    @PostMapping("/api/v1/accounts")
    @ResponseBody
    ResponseEntity<AccountView> apiCreate(@AuthenticationPrincipal StaffPrincipal me, @RequestBody NewAccount body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.create(me, body));
    }

    @PutMapping("/api/v1/accounts/{id}")
    @ResponseBody
    AccountView apiUpdate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody AccountChange body) {
        if (body.version() == null) {
            throw new InvalidInput("version", "identity.version.required");
        }
        return accounts.update(me, AccountId.of(id), body.version(), body.displayName(),
                body.roles() == null ? Set.of() : body.roles(), body.enabled() == null || body.enabled(), body.phone());
    }

    @PostMapping("/api/v1/accounts/{id}/password-reset")
    @ResponseBody
    ResponseEntity<Void> apiReset(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody PasswordReset body) {
        accounts.resetPassword(me, AccountId.of(id), body.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/accounts/{id}/unlock")
    @ResponseBody
    ResponseEntity<Void> apiUnlock(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        accounts.unlock(me, AccountId.of(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/accounts/{id}/reveal")
    @ResponseBody
    Map<String, String> apiReveal(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody Reveal body) {
        if (body.field() == null) {
            throw new InvalidInput("field", "identity.pii.fieldRequired");
        }
        return Map.of("field", body.field().name(), "value", accounts.reveal(me, AccountId.of(id), body.field(), body.purpose()));
    }
}
