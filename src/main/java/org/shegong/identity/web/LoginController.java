package org.shegong.identity.web;

import org.shegong.SignedIn;
import org.shegong.Anyone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.shegong.InvalidInput;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.ApiTokens;
import org.shegong.identity.AuditEntry;
import org.shegong.identity.AuditLog;
import org.shegong.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The login page, own password change (page and API), and API tokens. */
@Controller
class LoginController {

    /** Account names are at most 40 characters; anything far longer is refused before it reaches a lookup. */
    static final int MAX_USERNAME = 100;

    private final ApiTokens tokens;
    private final AccountManagement accounts;
    private final AuditLog audit;

    LoginController(ApiTokens tokens, AccountManagement accounts, AuditLog audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/login")
    @Anyone
    String login(@AuthenticationPrincipal StaffPrincipal me) {
        return me == null ? "identity/login" : "redirect:/";
    }

    @GetMapping("/account/password")
    @SignedIn
    String passwordForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("forced", me.mustChangePassword());
        return "identity/password";
    }

    @PostMapping("/account/password")
    @SignedIn
    String changePassword(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmPassword, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidInput("confirmPassword", "identity.password.mismatch");
            }
            keepSignedIn(accounts.changeOwnPassword(me, currentPassword, newPassword), request, response);
        } catch (InvalidInput e) {
            model.addAttribute("forced", me.mustChangePassword());
            Forms.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/password";
        }
        return "redirect:/?passwordChanged";
    }

    /** The session that changed the password stays signed in (with a new session id); every other one has ended. */
    private static void keepSignedIn(StaffPrincipal updated, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.authorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
    }

    record TokenRequest(String username, String password) {
    }

    @PostMapping("/api/v1/auth/token")
    @Anyone
    @ResponseBody
    ResponseEntity<Map<String, Object>> token(@RequestBody TokenRequest body, HttpServletRequest request) {
        if (body == null || body.username() == null || body.username().isBlank()) {
            throw new InvalidInput("username", "identity.login.usernameRequired");
        }
        if (body.password() == null || body.password().isEmpty()) {
            throw new InvalidInput("password", "identity.login.passwordRequired");
        }
        if (body.username().length() > MAX_USERNAME) {
            // no account has such a name (at most 40 characters): refused, but still audited (the name cut short)
            audit.record(new AuditEntry(body.username(), null, "login.token", "account:" + body.username(), "REFUSED_INPUT",
                    "username of " + body.username().length() + " characters", request.getRemoteAddr()));
            throw new InvalidInput("username", "identity.login.usernameTooLong", MAX_USERNAME);
        }
        try {
            ApiTokens.Issued issued = tokens.issueFor(body.username(), body.password(), request.getRemoteAddr());
            return ResponseEntity.ok(Map.of("token", issued.token(), "expiresAt", issued.expiresAt().toString()));
        } catch (CredentialsExpiredException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("status", 403,
                    "error", "初始密码必须先在网页上修改", "errorEn", "Change the initial password in the web UI first"));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("status", 401,
                    "error", "用户名或密码错误", "errorEn", "Wrong user name or password"));
        }
    }

    @DeleteMapping("/api/v1/auth/token")
    @SignedIn
    @ResponseBody
    ResponseEntity<Void> revoke(@RequestHeader("Authorization") String authorization) {
        tokens.revoke(authorization.replaceFirst("^Bearer ", "").strip());
        return ResponseEntity.noContent().build();
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping("/api/v1/me/password")
    @SignedIn
    @ResponseBody
    ResponseEntity<Void> changePasswordApi(@AuthenticationPrincipal StaffPrincipal me, @RequestBody PasswordChange body,
            HttpServletRequest request, HttpServletResponse response) {
        // a bearer token ends with the old password; a session that made the change stays signed in
        StaffPrincipal updated = accounts.changeOwnPassword(me, body.currentPassword(), body.newPassword());
        String auth = request.getHeader("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            keepSignedIn(updated, request, response);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/me")
    @SignedIn
    @ResponseBody
    Map<String, Object> me(@AuthenticationPrincipal StaffPrincipal me) {
        return Map.of("username", me.username(), "displayName", me.displayName(), "unitId", me.unitId().value(),
                "unitName", me.unitName(), "unitRegion", me.unitRegion().value(), "roles", me.sortedRoles());
    }
}
