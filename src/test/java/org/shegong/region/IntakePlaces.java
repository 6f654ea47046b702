package org.shegong.region;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where intake places a typed address, and which two places its repeat check compares, for the judgement's evaluation
 * (issue 11): the address resolved as intake resolves it ({@link AddressResolver}), and a later call compared with an
 * earlier one at its own place, inside it, or at the township or county around it — the candidates of
 * {@code IntakeJudgement.repeats}.
 */
public final class IntakePlaces {

    private static final AddressResolver RESOLVER = new AddressResolver(DivisionFile.load());
    private static final Map<String, RegionCode> PLACED = new ConcurrentHashMap<>();

    private IntakePlaces() {
    }

    /** The division intake files an address under (a grid's village: the repeat check's area). */
    public static RegionCode placed(String address) {
        return PLACED.computeIfAbsent(address, a -> {
            Region r = RESOLVER.resolve(a).region();
            return r == null ? RegionCode.SICHUAN : r.code();
        });
    }

    /** Whether intake's repeat check, run for the later call, looks at the earlier call's place. */
    public static boolean compared(String earlierAddress, String laterAddress) {
        RegionCode earlier = placed(earlierAddress);
        RegionCode later = placed(laterAddress);
        return later.contains(earlier) || (earlier.contains(later) && !earlier.level().isAbove(RegionLevel.CITY));
    }
}
