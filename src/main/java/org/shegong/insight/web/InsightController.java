package org.shegong.insight.web;

import org.shegong.SignedIn;
import org.shegong.insight.InsightStep;
import org.shegong.insight.InsightRoute;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.insight.Appeal;
import org.shegong.insight.Appeals;
import org.shegong.insight.Hotspot;
import org.shegong.insight.Hotspots;
import org.shegong.insight.OrderFact;
import org.shegong.insight.Problem;
import org.shegong.insight.RankedUnit;
import org.shegong.insight.Ranking;
import org.shegong.insight.Rankings;
import org.shegong.insight.Weights;
import org.shegong.region.RegionLevel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** Rankings with drill-down and export, appeals, weights, hotspots and the problem of the month: pages and API. */
@Controller
class InsightController {


    private final Rankings rankings;
    private final Appeals appeals;
    private final Hotspots hotspots;
    private final UnitManagement units;

    InsightController(Rankings rankings, Appeals appeals, Hotspots hotspots, UnitManagement units) {
        this.rankings = rankings;
        this.appeals = appeals;
        this.hotspots = hotspots;
        this.units = units;
    }

    // ---- pages ----

    @GetMapping("/insight/rankings")
    @InsightRoute(InsightStep.READ_RANKINGS)
    String ranking(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month, Model model) {
        YearMonth m = rankings.month(month);
        Ranking r = rankings.monthly(me.scope(), m);
        model.addAttribute("ranking", r);
        model.addAttribute("month", m.toString());
        model.addAttribute("lateEntries", rankings.lateEntries(me.scope(), m));
        model.addAttribute("chart", r.units().stream().filter(RankedUnit::ranked).limit(30)
                .map(u -> Map.of("name", u.figures().unitName(), "score", u.score(), "response", u.response(),
                        "resolution", u.resolution(), "satisfaction", u.satisfaction()))
                .toList());
        return "insight/rankings";
    }

    @GetMapping("/insight/rankings.xlsx")
    @InsightRoute(InsightStep.READ_RANKINGS)
    ResponseEntity<byte[]> export(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month,
            Locale locale) {
        YearMonth m = rankings.month(month);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ranking-" + me.unitRegion().value() + "-" + m + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(rankings.export(me.scope(), m, locale));
    }

    @GetMapping("/insight/rankings/units/{unitId}")
    @SignedIn
    String unit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long unitId,
            @RequestParam(required = false) String month, @RequestParam(required = false) Rankings.Figure figure,
            Model model) {
        YearMonth m = rankings.month(month);
        model.addAttribute("month", m.toString());
        model.addAttribute("unit", rankings.unit(viewing(me, unitId), unitId, m));
        model.addAttribute("facts", rankings.behind(viewing(me, unitId), unitId, m, figure));
        model.addAttribute("figure", figure == null ? Rankings.Figure.ALL : figure);
        model.addAttribute("figures", Rankings.Figure.values());
        model.addAttribute("own", me.unitId().value() == unitId);
        model.addAttribute("unitId", unitId);
        model.addAttribute("supervisor", InsightStep.DECIDE_APPEAL.allowsAnyOf(me.roles()));
        return "insight/unit";
    }

    @PostMapping("/insight/appeals")
    @SignedIn
    String requestAppeal(@AuthenticationPrincipal StaffPrincipal me, @RequestParam long demandId,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String evidence,
            @RequestParam(required = false) String month, Model model, HttpServletResponse response) {
        try {
            appeals.request(me, demandId, reason, evidence);
            return "redirect:/insight/appeals";
        } catch (InvalidInput e) {
            error(model, response, e);
            return unit(me, me.unitId().value(), month, null, model);
        }
    }

    @GetMapping("/insight/appeals")
    @SignedIn
    String appealList(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("appeals", appeals.list(me.scope(), me.unitId().value(), 200));
        model.addAttribute("supervisor", InsightStep.DECIDE_APPEAL.allowsAnyOf(me.roles()));
        model.addAttribute("myUnit", me.unitId().value());
        return "insight/appeals";
    }

    @PostMapping("/insight/appeals/{id}/decide")
    @InsightRoute(InsightStep.DECIDE_APPEAL)
    String decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam boolean approve,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        try {
            appeals.decide(me, id, approve, reason);
            return "redirect:/insight/appeals";
        } catch (InvalidInput e) {
            error(model, response, e);
            return appealList(me, model);
        }
    }

    @GetMapping("/insight/weights")
    @InsightRoute(InsightStep.EDIT_WEIGHTS)
    String weights(Model model) {
        if (!model.containsAttribute("weights")) {
            model.addAttribute("weights", rankings.weights());
        }
        return "insight/weights";
    }

    @PostMapping("/insight/weights")
    @InsightRoute(InsightStep.EDIT_WEIGHTS)
    String setWeights(@AuthenticationPrincipal StaffPrincipal me, @RequestParam int response,
            @RequestParam int resolution, @RequestParam int satisfaction, @RequestParam int basicCredit,
            @RequestParam int minSample, Model model, HttpServletResponse http) {
        try {
            rankings.setWeights(me, response, resolution, satisfaction, basicCredit, minSample);
            return "redirect:/insight/weights?saved";
        } catch (InvalidInput e) {
            error(model, http, e);
            model.addAttribute("weights", Map.of("response", response, "resolution", resolution, "satisfaction",
                    satisfaction, "basicCredit", basicCredit, "minSample", minSample));
            return weights(model);
        }
    }

    @GetMapping("/insight/hotspots")
    @InsightRoute(InsightStep.READ_HOTSPOTS)
    String hotspotPage(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month,
            @RequestParam(required = false) String township, Model model) {
        YearMonth m = rankings.month(month);
        model.addAttribute("month", m.toString());
        List<Hotspot> hot = hotspots.hotspots(me.scope(), m, null, 30);
        List<Hotspot> grids = hotspots.hotGrids(me.scope(), m, 20);
        model.addAttribute("hotspots", hot);
        model.addAttribute("grids", grids);
        model.addAttribute("candidates", hotspots.candidates(me.scope(), m));
        model.addAttribute("problems", hotspots.problems(me.scope(), me.unitId().value()));
        model.addAttribute("departments", units.search(me.scope(), "", 300).stream()
                .filter(u -> u.kind() == UnitKind.FUNCTIONAL_DEPARTMENT && u.active()).toList());
        String mapTownship = township != null && township.matches("\\d{12}") ? township
                : grids.isEmpty() ? null : org.shegong.region.RegionCode.of(grids.get(0).areaCode()).ancestorAt(RegionLevel.TOWNSHIP).value();
        model.addAttribute("mapTownship", mapTownship);
        model.addAttribute("gridCounts", grids.stream().collect(java.util.stream.Collectors.toMap(Hotspot::areaCode, Hotspot::count)));
        // names, not codes: the category by its name (InsightNames put them in the model before this handler ran)
        @SuppressWarnings("unchecked")
        Map<String, String> names = model.getAttribute("categoryNames") instanceof Map<?, ?> n ? (Map<String, String>) n : Map.of();
        model.addAttribute("chart", hot.stream().limit(15).map(h -> Map.of("name",
                names.getOrDefault(h.categoryCode(), h.categoryCode()) + " " + h.areaName(),
                "count", h.count(), "previous", h.previous())).toList());
        return "insight/hotspots";
    }

    @PostMapping("/insight/problems")
    @InsightRoute(InsightStep.ADOPT_PROBLEM)
    String adopt(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String month, @RequestParam String categoryCode,
            @RequestParam String areaCode, @RequestParam(required = false) Long leadUnitId,
            @RequestParam(defaultValue = "") String plan, Model model, HttpServletResponse response) {
        try {
            hotspots.adopt(me, rankings.month(month), categoryCode, areaCode, leadUnitId, plan);
            return "redirect:/insight/hotspots?month=" + rankings.month(month);
        } catch (InvalidInput e) {
            error(model, response, e);
            return hotspotPage(me, month, null, model);
        }
    }

    @PostMapping("/insight/problems/{id}/notes")
    @SignedIn
    String followUp(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) String month) {
        hotspots.followUp(me, id, note);
        return "redirect:/insight/hotspots" + (month == null ? "" : "?month=" + month);
    }

    /** A unit always sees its own figures; others only within their scope. */
    private static org.shegong.region.Scope viewing(StaffPrincipal me, long unitId) {
        return me.unitId().value() == unitId ? org.shegong.region.Scope.assignedTo(unitId, me.unitRegion()) : me.scope();
    }

    private static void error(Model model, HttpServletResponse response, InvalidInput e) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }

    // ---- API ----

    record AppealBody(long demandId, @Nullable String reason, @Nullable String evidence) {
    }

    record DecisionBody(boolean approve, @Nullable String reason) {
    }

    record WeightsBody(int response, int resolution, int satisfaction, int basicCredit, int minSample) {
    }

    record ProblemBody(@Nullable String month, @Nullable String categoryCode, @Nullable String areaCode,
            @Nullable Long leadUnitId, @Nullable String plan) {
    }

    @GetMapping("/api/v1/insight/rankings")
    @InsightRoute(InsightStep.READ_RANKINGS)
    @ResponseBody
    Ranking apiRanking(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month) {
        return rankings.monthly(me.scope(), rankings.month(month));
    }

    @GetMapping("/api/v1/insight/rankings/units/{unitId}")
    @SignedIn
    @ResponseBody
    List<OrderFact> apiBehind(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long unitId,
            @RequestParam(required = false) String month, @RequestParam(required = false) Rankings.Figure figure) {
        return rankings.behind(viewing(me, unitId), unitId, rankings.month(month), figure);
    }

    @PostMapping("/api/v1/insight/appeals")
    @SignedIn
    @ResponseBody
    ResponseEntity<Appeal> apiAppeal(@AuthenticationPrincipal StaffPrincipal me, @RequestBody AppealBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(appeals.request(me, body.demandId(), body.reason(), body.evidence()));
    }

    @GetMapping("/api/v1/insight/appeals")
    @SignedIn
    @ResponseBody
    List<Appeal> apiAppeals(@AuthenticationPrincipal StaffPrincipal me) {
        return appeals.list(me.scope(), me.unitId().value(), 200);
    }

    @PostMapping("/api/v1/insight/appeals/{id}/decide")
    @InsightRoute(InsightStep.DECIDE_APPEAL)
    @ResponseBody
    Appeal apiDecide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody DecisionBody body) {
        return appeals.decide(me, id, body.approve(), body.reason());
    }

    @GetMapping("/api/v1/insight/weights")
    @SignedIn
    @ResponseBody
    Weights apiWeights() {
        return rankings.weights();
    }

    @PutMapping("/api/v1/insight/weights")
    @InsightRoute(InsightStep.EDIT_WEIGHTS)
    @ResponseBody
    Weights apiSetWeights(@AuthenticationPrincipal StaffPrincipal me, @RequestBody WeightsBody body) {
        return rankings.setWeights(me, body.response(), body.resolution(), body.satisfaction(), body.basicCredit(),
                body.minSample());
    }

    @GetMapping("/api/v1/insight/hotspots")
    @InsightRoute(InsightStep.READ_HOTSPOTS)
    @ResponseBody
    Map<String, Object> apiHotspots(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String month) {
        YearMonth m = rankings.month(month);
        return Map.of("month", m.toString(), "hotspots", hotspots.hotspots(me.scope(), m, null, 50),
                "hotGrids", hotspots.hotGrids(me.scope(), m, 20), "candidates", hotspots.candidates(me.scope(), m));
    }

    @PostMapping("/api/v1/insight/problems")
    @InsightRoute(InsightStep.ADOPT_PROBLEM)
    @ResponseBody
    ResponseEntity<Problem> apiAdopt(@AuthenticationPrincipal StaffPrincipal me, @RequestBody ProblemBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(hotspots.adopt(me, rankings.month(body.month()),
                body.categoryCode(), body.areaCode(), body.leadUnitId(), body.plan()));
    }
}
