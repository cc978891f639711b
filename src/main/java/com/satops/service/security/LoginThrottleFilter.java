package com.satops.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits before HTTP Basic: a locked-out user or address gets 429 without its
 * password being checked; a Basic login answered 401 counts as a failure.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private final FailedLogins failedLogins;

    public LoginThrottleFilter(FailedLogins failedLogins) {
        this.failedLogins = failedLogins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = basicUser(request.getHeader("Authorization"));
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Instant> locked = failedLogins.lockedUntil(user.get(), address);
        if (locked.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(
                    Math.max(1, locked.get().getEpochSecond() - Instant.now().getEpochSecond())));
            JsonErrors.write(response, 429, "too many failed logins for this user or address; locked until "
                    + locked.get());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failedLogins.failed(user.get(), address);
        } else {
            failedLogins.succeeded(user.get(), address);
        }
    }

    static Optional<String> basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.of("");
        }
    }
}
