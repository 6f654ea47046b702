package org.shegong.region;

import java.util.ArrayList;
import java.util.List;
import org.shegong.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * People name places ("成都市武侯区玉林街道"), not 12-digit codes: a form field for a place takes the name (a code is
 * still accepted) and this resolves it to the division, refusing an unknown name, or one that fits several divisions
 * with the candidates named. And the other way: a division's full name below the province, to show or pre-fill.
 */
@Component
public class PlaceNames {

    private final AddressResolver resolver;
    private final RegionDirectory directory;

    PlaceNames(AddressResolver resolver, RegionDirectory directory) {
        this.resolver = resolver;
        this.directory = directory;
    }

    /** The code of the place named in {@code typed} (field {@code field} in a refusal). */
    public String codeOf(String field, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.matches("\\d{12}|\\d{15}")) {
            return t;
        }
        if (t.isEmpty()) {
            throw new InvalidInput(field, "region.place.unknown", t);
        }
        AddressResolution found = resolver.resolve(t);
        if (found.ambiguous()) {
            throw new InvalidInput(field, "region.place.ambiguous", t, String.join("、",
                    found.candidates().stream().limit(5).map(r -> fullName(r.code())).toList()));
        }
        if (found.region() == null) {
            throw new InvalidInput(field, "region.place.unknown", t);
        }
        return found.region().code().value();
    }

    /** As {@link #fullName(RegionCode)} for a code as text (templates); the text itself when it is not a code. */
    public String fullName(String code) {
        if (code != null && code.matches("\\d{15}")) {
            return fullName(RegionCode.of(code.substring(0, 12))) + " " + code;
        }
        return code != null && RegionCode.isWellFormed(code) ? fullName(RegionCode.of(code)) : code;
    }

    /** "成都市武侯区玉林街道" for 510107005000; the code itself when unknown. */
    public String fullName(RegionCode code) {
        List<String> names = new ArrayList<>();
        for (Region r : directory.ancestors(code)) {
            if (r.level() != RegionLevel.PROVINCE) {
                names.add(r.name());
            }
        }
        return names.isEmpty() ? directory.find(code).map(Region::name).orElse(code.value()) : String.join("", names);
    }
}
