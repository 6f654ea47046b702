package org.shegong.limit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The address a request comes from: the connection's own address, unless that is a configured trusted proxy, in
 * which case the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy. Headers from anyone
 * else are ignored, so a client cannot pick its own address.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request, List<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        if (trustedProxies.isEmpty() || !trustedProxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return Keys.clean(hop);
            }
        }
        return remote;
    }
}
