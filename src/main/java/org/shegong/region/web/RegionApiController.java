package org.shegong.region.web;

import org.shegong.SignedIn;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.region.AddressResolution;
import org.shegong.region.AddressResolver;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API of the division tree; unknown code → 404, malformed code → 400. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

    private final RegionDirectory regions;
    private final AddressResolver addresses;

    RegionApiController(RegionDirectory regions, AddressResolver addresses) {
        this.regions = regions;
        this.addresses = addresses;
    }

    @GetMapping("/{code}")
    @SignedIn
    RegionJson region(@PathVariable String code) {
        return RegionJson.of(regions.get(RegionCode.of(code)));
    }

    @GetMapping("/{code}/children")
    @SignedIn
    List<RegionJson> children(@PathVariable String code) {
        return regions.children(RegionCode.of(code)).stream().map(RegionJson::of).toList();
    }

    @GetMapping("/search")
    @SignedIn
    List<RegionJson> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        return regions.search(q, limit).stream().map(RegionJson::of).toList();
    }

    /** Span of the address that named a division. */
    record SpanJson(int start, int end, String text, String code, String level, boolean abbreviated) {
    }

    /** The resolution; {@code matched:false} (still 200) when the text names no division. */
    record ResolutionJson(String address, boolean matched, @Nullable RegionJson region, boolean ambiguous,
            List<SpanJson> spans, List<RegionJson> candidates) {
    }

    @GetMapping("/resolve")
    @SignedIn
    ResolutionJson resolve(@RequestParam String address) {
        AddressResolution r = addresses.resolve(address);
        return new ResolutionJson(r.address(), r.matched(), r.region() == null ? null : RegionJson.of(r.region()),
                r.ambiguous(),
                r.spans().stream().map(s -> new SpanJson(s.start(), s.end(), s.text(), s.code().value(), s.level().name(),
                        s.abbreviated())).toList(),
                r.candidates().stream().map(RegionJson::of).toList());
    }
}
