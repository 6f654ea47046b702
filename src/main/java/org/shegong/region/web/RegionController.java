package org.shegong.region.web;

import org.shegong.SignedIn;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The region browser: 四川省 → 市州 → 县 → 乡镇 → 村, with per-level counts and live search. */
@Controller
class RegionController {

    private final RegionDirectory regions;

    RegionController(RegionDirectory regions) {
        this.regions = regions;
    }

    @GetMapping("/regions")
    @SignedIn
    String province(Model model) {
        return region(RegionCode.SICHUAN.value(), model);
    }

    @GetMapping("/regions/{code}")
    @SignedIn
    String region(@PathVariable String code, Model model) {
        RegionCode regionCode = RegionCode.of(code);
        Region region = regions.get(regionCode);
        model.addAttribute("region", region);
        model.addAttribute("breadcrumb", regions.ancestors(regionCode));
        model.addAttribute("children", regions.children(regionCode));
        model.addAttribute("counts", regions.countsByLevel(regionCode));
        model.addAttribute("township", region.level() == RegionLevel.TOWNSHIP);
        return "region/regions";
    }

    /** htmx: live search results under the search box. */
    @GetMapping("/regions/search")
    @SignedIn
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? java.util.List.of() : regions.search(q, 20));
        return "region/search-results";
    }
}
