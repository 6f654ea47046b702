package org.shegong.notify.web;

import org.shegong.SignedIn;
import java.util.List;
import java.util.Map;
import org.shegong.identity.StaffPrincipal;
import org.shegong.notify.Inbox;
import org.shegong.notify.Notice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The notices page, the unread badge in the navigation, and the notices API. */
@Controller
class NoticeController {

    private final Inbox inbox;

    NoticeController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notices")
    @SignedIn
    String page(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "false") boolean unread, Model model) {
        model.addAttribute("notices", inbox.list(me, unread, 100));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", inbox.unread(me));
        return "notify/notices";
    }

    /** The badge beside 消息 in the navigation, loaded by htmx. */
    @GetMapping("/notices/unread")
    @SignedIn
    String badge(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("count", inbox.unread(me));
        return "notify/badge";
    }

    /** Opens a notice: marks it read and goes where it points (always a path of this site). */
    @PostMapping("/notices/{id}/open")
    @SignedIn
    String open(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return "redirect:" + inbox.open(me, id).link();
    }

    @PostMapping("/notices/read-all")
    @SignedIn
    String readAll(@AuthenticationPrincipal StaffPrincipal me) {
        inbox.markAllRead(me);
        return "redirect:/notices";
    }

    @GetMapping("/api/v1/notices")
    @SignedIn
    @ResponseBody
    List<Notice> list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "50") int limit) {
        return inbox.list(me, unread, limit);
    }

    @PostMapping("/api/v1/notices/{id}/read")
    @SignedIn
    @ResponseBody
    Notice read(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return inbox.open(me, id);
    }

    @PostMapping("/api/v1/notices/read-all")
    @SignedIn
    @ResponseBody
    Map<String, Integer> readAllApi(@AuthenticationPrincipal StaffPrincipal me) {
        return Map.of("marked", inbox.markAllRead(me));
    }
}
