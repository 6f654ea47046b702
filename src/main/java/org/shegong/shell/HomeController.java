package org.shegong.shell;

import org.shegong.identity.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench every staff member lands on after login. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        return "shell/home";
    }
}
