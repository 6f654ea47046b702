package org.shegong.demand.web;

import org.shegong.Anyone;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.Open311Request;
import org.shegong.demand.Open311Keys;
import org.shegong.demand.SubmitDemand;
import org.shegong.demand.TimeLimitClass;
import org.shegong.duty.Category;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitManagement;
import org.shegong.region.Scope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): discovery, services (our category
 * catalogue), service definitions, and requests (our demands, identified by their tracking code), in
 * JSON or XML by the path's extension. POST needs an {@code api_key}; so do request reads, because a
 * demand's description may hold personal information (个人信息保护法) — service lists are public. A partner
 * reads the requests it submitted in full; another's only in a category an administrator made public, then
 * without description, reply or contact and placed in its community; excluded matters (confidential,
 * petition and the other §11 exclusions) never ({@link DemandManagement#findForPartner}).
 */
@RestController
class Open311Controller {

    private final DemandManagement demands;
    private final CategoryCatalogue categories;
    private final Open311Keys keys;
    private final UnitManagement units;
    private final MessageSource messages;

    private final org.shegong.demand.IntakeJudgement judgement;

    Open311Controller(DemandManagement demands, CategoryCatalogue categories, Open311Keys keys, UnitManagement units,
            MessageSource messages, org.shegong.demand.IntakeJudgement judgement) {
        this.judgement = judgement;
        this.demands = demands;
        this.categories = categories;
        this.keys = keys;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/open311/v2/discovery.{format}")
    @Anyone
    ResponseEntity<String> discovery(@PathVariable String format) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", "/open311/v2");
        endpoint.put("changeset", "2026-11-27T00:00:00+08:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", "2026-11-27T00:00:00+08:00");
        d.put("contact", "四川省12345政务服务便民热线");
        d.put("key_service", "API keys are issued by a Shegong administrator (/admin/open311)");
        d.put("endpoints", List.of(endpoint));
        return render(format, "discovery", null, List.of(d), HttpStatus.OK);
    }

    @GetMapping("/open311/v2/services.{format}")
    @Anyone
    ResponseEntity<String> services(@PathVariable String format) {
        Map<String, String> fieldNames = new LinkedHashMap<>();
        categories.tree().forEach(f -> fieldNames.put(f.field().code(), f.field().nameZh()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Category c : categories.activeCategories()) {
            out.add(service(c, fieldNames.getOrDefault(c.parentCode(), "")));
        }
        return render(format, "services", "service", out, HttpStatus.OK);
    }

    @GetMapping("/open311/v2/services/{code}.{format}")
    @Anyone
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
        Optional<Category> c = categories.find(code).filter(x -> !x.isField() && x.active());
        if (c.isEmpty()) {
            return error(format, HttpStatus.NOT_FOUND, "service_code " + code + " not found");
        }
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("service_code", code);
        def.put("attributes", List.of());
        return render(format, "service_definition", null, List.of(def), HttpStatus.OK);
    }

    @PostMapping(value = "/open311/v2/requests.{format}",
            consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE })
    @Anyone
    ResponseEntity<String> create(@PathVariable String format, @RequestParam Map<String, String> p,
            @RequestHeader(value = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        var partner = keys.resolve(p.get("api_key"));
        if (partner.isEmpty()) {
            return error(format, HttpStatus.FORBIDDEN, "api_key missing or invalid");
        }
        // a partner may leave service_code out: the category is then suggested from the description (issue 11)
        String serviceCode = blank(p.get("service_code")) ? judgement.bestCategory(p.get("description")).orElse(null)
                : p.get("service_code");
        if (serviceCode == null) {
            return error(format, HttpStatus.BAD_REQUEST, "service_code is required when no description suggests one");
        }
        if (blank(p.get("lat")) != blank(p.get("long"))) {
            return error(format, HttpStatus.BAD_REQUEST, "lat and long must be given together");
        }
        if (blank(p.get("lat")) && blank(p.get("address_string")) && blank(p.get("address_id"))) {
            return error(format, HttpStatus.BAD_REQUEST, "a location is required: lat & long, address_string or address_id");
        }
        DemandKind kind = DemandKind.HELP;
        if (!blank(p.get("attribute[kind]"))) {
            try {
                kind = DemandKind.valueOf(p.get("attribute[kind]").strip());
            } catch (IllegalArgumentException e) {
                return error(format, HttpStatus.BAD_REQUEST, "attribute[kind] must be one of ENQUIRY, HELP, COMPLAINT, REPORT, PROPOSAL");
            }
        }
        Double lat;
        Double lng;
        try {
            lat = blank(p.get("lat")) ? null : Double.valueOf(p.get("lat"));
            lng = blank(p.get("long")) ? null : Double.valueOf(p.get("long"));
        } catch (NumberFormatException e) {
            return error(format, HttpStatus.BAD_REQUEST, "lat and long must be numbers");
        }
        String name = String.join("", nz(p.get("last_name")), nz(p.get("first_name"))).strip();
        SubmitDemand cmd = new SubmitDemand(kind, TimeLimitClass.ORDINARY, Channel.PARTNER, serviceCode,
                p.get("description"), p.get("phone"), name.isEmpty() ? null : name, p.get("address_string"), lat, lng, null);
        try {
            var submitted = demands.submit(cmd, new org.shegong.demand.Actor(partner.get().submitter(),
                    partner.get().unitId()), Scope.PROVINCE, idempotencyKey);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("service_request_id", submitted.trackingCode());
            r.put("service_notice", "已受理，请凭编号和手机号后四位查询办理进度");
            r.put("account_id", null);
            return render(format, "service_requests", "request", List.of(r), HttpStatus.CREATED);
        } catch (InvalidInput e) {
            String field = e.field() == null ? "" : e.field() + ": ";
            return error(format, HttpStatus.BAD_REQUEST,
                    field + messages.getMessage(e.messageKey(), e.args(), e.messageKey(), java.util.Locale.ENGLISH));
        }
    }

    @GetMapping("/open311/v2/requests.{format}")
    @Anyone
    ResponseEntity<String> requests(@PathVariable String format, @RequestParam Map<String, String> p) {
        var partner = keys.resolve(p.get("api_key"));
        if (partner.isEmpty()) {
            return error(format, HttpStatus.FORBIDDEN, "api_key missing or invalid");
        }
        List<Open311Request> found;
        if (!blank(p.get("service_request_id"))) {
            found = new ArrayList<>();
            for (String id : p.get("service_request_id").split(",")) {
                demands.findForPartner(partner.get().name(), id).ifPresent(found::add);
            }
        } else {
            Instant end;
            Instant start;
            try {
                end = blank(p.get("end_date")) ? Instant.now() : OffsetDateTime.parse(p.get("end_date")).toInstant();
                // GeoReport v2: without dates, the last 90 days
                start = blank(p.get("start_date")) ? end.minus(java.time.Duration.ofDays(90))
                        : OffsetDateTime.parse(p.get("start_date")).toInstant();
            } catch (DateTimeParseException e) {
                return error(format, HttpStatus.BAD_REQUEST, "start_date and end_date must be w3c date-times");
            }
            String status = p.get("status");
            if (!blank(status) && !status.equals("open") && !status.equals("closed")) {
                return error(format, HttpStatus.BAD_REQUEST, "status must be open or closed");
            }
            found = demands.searchForPartner(partner.get().name(), blank(p.get("service_code")) ? null : p.get("service_code"),
                    blank(status) ? null : status.equals("open"), start, end.plusMillis(1), 1000);
        }
        return render(format, "service_requests", "request", found.stream().map(this::request).toList(), HttpStatus.OK);
    }

    /** One request: in full if this partner submitted it; else only if its category is public (coarsened); else 404. */
    @GetMapping("/open311/v2/requests/{id}.{format}")
    @Anyone
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        var partner = keys.resolve(apiKey);
        if (partner.isEmpty()) {
            return error(format, HttpStatus.FORBIDDEN, "api_key missing or invalid");
        }
        return demands.findForPartner(partner.get().name(), id)
                .map(d -> render(format, "service_requests", "request", List.of(request(d)), HttpStatus.OK))
                .orElseGet(() -> error(format, HttpStatus.NOT_FOUND, "service_request_id " + id + " not found"));
    }

    private Map<String, Object> service(Category c, String group) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", c.code());
        m.put("service_name", c.nameZh());
        m.put("description", c.nameZh() + " / " + c.nameEn());
        m.put("metadata", false);
        m.put("type", "realtime");
        m.put("keywords", c.nameEn());
        m.put("group", group);
        return m;
    }

    private Map<String, Object> request(Open311Request d) {
        boolean closed = switch (d.status()) {
            case ANSWERED_ON_SPOT, EXCLUDED, REPLIED, CLOSED -> true;
            default -> false;
        };
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", d.trackingCode());
        m.put("status", closed ? "closed" : "open");
        m.put("status_notes", d.statusNotes());
        m.put("service_name", categories.find(d.categoryCode()).map(Category::nameZh).orElse(d.categoryCode()));
        m.put("service_code", d.categoryCode());
        m.put("description", d.description());
        m.put("agency_responsible", d.leadUnitId() == null ? null : units.byId(UnitId.of(d.leadUnitId())).map(u -> u.name()).orElse(null));
        m.put("service_notice", null);
        m.put("requested_datetime", w3c(d.requestedAt()));
        m.put("updated_datetime", w3c(d.updatedAt()));
        m.put("expected_datetime", d.expectedAt() == null ? null : w3c(d.expectedAt()));
        m.put("address", d.address());
        // a request of another partner is placed in its community only (its village code), never at a point
        m.put("address_id", d.own() ? null : d.regionCode());
        m.put("zipcode", null);
        m.put("lat", d.lat());
        m.put("long", d.lng());
        m.put("media_url", null);
        return m;
    }

    private static String w3c(Instant i) {
        return i.atOffset(ZoneOffset.ofHours(8)).toString();
    }

    private ResponseEntity<String> error(String format, HttpStatus status, String description) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", status.value());
        e.put("description", description);
        return render(format, "errors", "error", List.of(e), status);
    }

    /** JSON is an array of objects; XML is {@code <root><item>…</item></root>} as in the specification's examples. */
    private ResponseEntity<String> render(String format, String root, @Nullable String item, List<Map<String, Object>> rows,
            HttpStatus status) {
        if ("xml".equals(format)) {
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
            for (Map<String, Object> row : rows) {
                if (item != null) {
                    sb.append('<').append(item).append('>');
                }
                row.forEach((k, v) -> xml(sb, k, v));
                if (item != null) {
                    sb.append("</").append(item).append('>');
                }
            }
            sb.append("</").append(root).append('>');
            return ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/xml;charset=UTF-8")).body(sb.toString());
        }
        if (!"json".equals(format)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body("[{\"code\":404,\"description\":\"format must be json or xml\"}]");
        }
        Object body = root.equals("discovery") || root.equals("service_definition") ? rows.get(0) : rows;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }

    private static void xml(StringBuilder sb, String key, @Nullable Object value) {
        sb.append('<').append(key).append('>');
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    String inner = key.equals("endpoints") ? "endpoint" : key.equals("attributes") ? "attribute" : "item";
                    sb.append('<').append(inner).append('>');
                    m.forEach((k, v) -> xml(sb, String.valueOf(k), v));
                    sb.append("</").append(inner).append('>');
                } else {
                    sb.append("<format>").append(escape(String.valueOf(o))).append("</format>");
                }
            }
        } else if (value != null) {
            sb.append(escape(String.valueOf(value)));
        }
        sb.append("</").append(key).append('>');
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
