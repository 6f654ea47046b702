package org.shegong.shell;

import java.util.Comparator;
import java.util.List;
import org.shegong.Anyone;
import org.shegong.PublicEntrance;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The one citizen entrance ({@code /public}), phone first: one door per {@link PublicEntrance} bean, in their order.
 * Modules that serve citizens register their door (接诉即办 10, 人民建议征集 20, 信访 30, 志愿服务 40); the page does
 * not know them.
 */
@Controller
class PublicPageController {

    private final List<PublicEntrance> entrances;

    PublicPageController(List<PublicEntrance> entrances) {
        this.entrances = entrances.stream().sorted(Comparator.comparingInt(PublicEntrance::order)).toList();
    }

    @GetMapping("/public")
    @Anyone
    String entrance(Model model) {
        model.addAttribute("entrances", entrances);
        return "shell/public";
    }

    /**
     * The petition module's door, registered here while that module has none of its own (its public pages are
     * {@code /public/petitions/new} and {@code /public/petitions/track}).
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class PetitionEntrance {

        @Bean
        PublicEntrance submitAPetition() {
            return new PublicEntrance(30, "shell.entrance.petition.title", "shell.entrance.petition.description",
                    "/public/petitions/new", "/public/petitions/track");
        }
    }
}
