package org.shegong.limit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings bound from {@code shegong.limit.*}. A new public route joins a group by one line under
 * {@code shegong.limit.groups.<group>.routes} ("POST /public/suggestions").
 *
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is believed; empty: the
 *        connection's own address is the client, whatever headers say
 */
@ConfigurationProperties("shegong.limit")
record LimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> trustedProxies,
        @DefaultValue Map<String, Group> groups, @DefaultValue Uploads uploads) {

    /**
     * A set of routes limited together.
     *
     * @param target request parameter (or JSON body field) naming what is aimed at: a tracking code, a user name
     * @param failuresOnly count only failed attempts (401, or a redirect to an {@code error} page): logins. Such
     *        groups run before Spring Security (the login form never reaches a later filter); the others run after
     *        it and never throttle a signed-in staff member
     */
    record Group(@DefaultValue List<String> routes, @DefaultValue("") String target,
            @DefaultValue("false") boolean failuresOnly, @DefaultValue Rate perAddress, @DefaultValue Rate perTarget) {
    }

    /** {@code tokens} requests per {@code per}, refilled gradually; 0 means no limit. */
    record Rate(@DefaultValue("0") long tokens, @DefaultValue("1h") Duration per) {

        boolean limited() {
            return tokens > 0;
        }
    }

    /** Bytes anonymous citizens may store per day: per client address and for everyone together. */
    record Uploads(@DefaultValue("60MB") DataSize perAddressPerDay, @DefaultValue("4GB") DataSize globalPerDay) {
    }
}
