package org.shegong.region.web;

import org.shegong.Anyone;
import java.util.Locale;
import java.util.Map;
import org.shegong.region.AddressResolution;
import org.shegong.region.AddressResolver;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For citizens' forms (no login): the grid outlines of the township an address lies in, so the citizen can click
 * the spot on a map. Outlines and names only — grid workers are not shown here.
 */
@RestController
@RequestMapping("/api/v1/public/grids")
class PublicGridController {

    private final AddressResolver addresses;
    private final Grids grids;
    private final MessageSource messages;

    PublicGridController(AddressResolver addresses, Grids grids, MessageSource messages) {
        this.addresses = addresses;
        this.grids = grids;
        this.messages = messages;
    }

    @GetMapping
    @Anyone
    ResponseEntity<?> forAddress(@RequestParam(defaultValue = "") String address) {
        AddressResolution resolved = addresses.resolve(address.length() > 300 ? address.substring(0, 300) : address);
        if (resolved.region() == null || resolved.region().level().isAbove(RegionLevel.TOWNSHIP)) {
            return problem("region.grid.publicNeedsTownship");
        }
        RegionCode township = resolved.region().code().ancestorAt(RegionLevel.TOWNSHIP);
        var inTownship = grids.inTownship(township);
        if (inTownship.isEmpty()) {
            return problem("region.grid.publicNone");
        }
        var body = GridFeatures.publicCollection(inTownship);
        body.put("township", township.value());
        body.put("address", resolved.region().name());
        return ResponseEntity.ok(body);
    }

    private ResponseEntity<?> problem(String key) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404,
                "error", messages.getMessage(key, null, Locale.CHINESE),
                "errorEn", messages.getMessage(key, null, Locale.ENGLISH)));
    }
}
