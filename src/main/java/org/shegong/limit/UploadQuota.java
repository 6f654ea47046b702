package org.shegong.limit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Bytes anonymous citizens may store per day, per client address and for everyone together, so that a flood of
 * photos cannot fill the disk (the stored, re-encoded size counts).
 */
@Component
public class UploadQuota {

    static final String GROUP = "anonymous-upload";
    private static final Duration DAY = Duration.ofDays(1);

    private final Limits limits;
    private final LimitProperties properties;

    UploadQuota(Limits limits, LimitProperties properties) {
        this.limits = limits;
        this.properties = properties;
    }

    /** Counts {@code bytes} against the caller's address and the global cap, or throws {@link LimitExceeded}. */
    public void reserve(HttpServletRequest request, long bytes) {
        if (!properties.enabled() || bytes <= 0) {
            return;
        }
        String address = ClientAddress.of(request, properties.trustedProxies());
        var perAddress = new LimitProperties.Rate(properties.uploads().perAddressPerDay().toBytes(), DAY);
        String addressKey = Keys.address(GROUP, address);
        var wait = limits.take(addressKey, perAddress, bytes);
        if (wait.isPresent()) {
            limits.refused(addressKey, GROUP, "ADDRESS", address, wait.get());
            throw new LimitExceeded(wait.get());
        }
        var global = new LimitProperties.Rate(properties.uploads().globalPerDay().toBytes(), DAY);
        String globalKey = Keys.target(GROUP, "all");
        wait = limits.take(globalKey, global, bytes);
        if (wait.isPresent()) {
            limits.refused(globalKey, GROUP, "TARGET", "all", wait.get());
            throw new LimitExceeded(wait.get());
        }
    }
}
