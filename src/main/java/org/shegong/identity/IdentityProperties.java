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

    /** API token lifetime. Failed logins are limited per client address (shegong.limit.groups.login). */
    record Login(@DefaultValue("8h") Duration tokenLifetime) {
    }
}
