package org.shegong.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressUnitTests {

    private static MockHttpServletRequest from(String remote, String forwardedFor) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }

    @Test
    void aForwardedForHeaderIsIgnoredUnlessItComesFromATrustedProxy() {
        assertThat(ClientAddress.of(from("203.0.113.9", "10.0.0.1"), List.of())).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of(from("203.0.113.9", "10.0.0.1"), List.of("192.0.2.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheRightMostHopThatIsNoProxyIsTheClient() {
        // the client put a made-up address first; the proxies appended what they saw
        var request = from("192.0.2.1", "1.2.3.4, 198.51.100.7, 192.0.2.2");
        assertThat(ClientAddress.of(request, List.of("192.0.2.1", "192.0.2.2"))).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of(from("192.0.2.1", " "), List.of("192.0.2.1"))).isEqualTo("192.0.2.1");
    }

    @Test
    void keysKeepOnlyPrintableCharactersAndAreBounded() {
        assertThat(Keys.clean("ab\u0000c|d")).isEqualTo("ab?c?d");
        assertThat(Keys.clean("x".repeat(500))).hasSize(Keys.MAX_SUBJECT);
    }
}
