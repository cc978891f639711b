package com.satops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.service.security.FailedLogins;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

class ConsoleLoginThrottleTest {

    private final FailedLogins failedLogins = new FailedLogins(2, Duration.ofMinutes(15),
            Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC));
    private final ConsoleLoginThrottle throttle = new ConsoleLoginThrottle(failedLogins);

    @Test
    void wrongPasswordsLockTheUserOutOfTheFormWithoutCheckingTheNextOne() throws Exception {
        // given: two wrong passwords for ops
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse refused = new MockHttpServletResponse();
            throttle.onFailure().onAuthenticationFailure(login("ops"), refused, new BadCredentialsException("bad"));
            assertThat(refused.getRedirectedUrl()).isEqualTo("/login?error");
        }

        // when: the next sign-in comes
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(login("ops"), response, chain);

        // then: it never reaches the password check
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void otherRequestsPassUntouched() throws Exception {
        failedLogins.failed("ops", "127.0.0.1");
        failedLogins.failed("ops", "127.0.0.1");
        MockFilterChain chain = new MockFilterChain();
        throttle.doFilter(new MockHttpServletRequest("GET", "/login"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest login(String user) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", user);
        request.setRemoteAddr("127.0.0.1");
        return request;
    }
}
