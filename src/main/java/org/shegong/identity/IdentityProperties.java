package org.shegong.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings bound from {@code shegong.identity.*}. */
@ConfigurationProperties("shegong.identity")
record IdentityProperties(@DefaultValue Admin admin, @DefaultValue Pii pii, @DefaultValue Login login) {

    record Admin(@DefaultValue("") String username, @DefaultValue("") String password) {
    }

    record Pii(@DefaultValue("./data/pii.key") String keyFile, @DefaultValue("") String encryptionKey,
            @DefaultValue("") String indexKey) {
    }

    /** Lockout after repeated failures and API token lifetime. */
    record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor,
            @DefaultValue("8h") Duration tokenLifetime) {
    }
}
