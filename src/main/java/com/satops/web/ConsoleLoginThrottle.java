package com.satops.web;

import com.satops.service.security.FailedLogins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login form counts wrong passwords the way the API does (one count per user
 * and per address, shared with it): a locked-out user or address is sent back to
 * the form without its password being checked.
 */
class ConsoleLoginThrottle extends OncePerRequestFilter {

    static final String LOGIN = "/login";
    private static final String USER_FIELD = "username";

    private final FailedLogins failedLogins;
    private final SavedRequestAwareAuthenticationSuccessHandler landing =
            new SavedRequestAwareAuthenticationSuccessHandler();

    ConsoleLoginThrottle(FailedLogins failedLogins) {
        this.failedLogins = failedLogins;
        landing.setDefaultTargetUrl("/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && LOGIN.equals(path(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (failedLogins.lockedUntil(user(request), request.getRemoteAddr()).isPresent()) {
            response.sendRedirect(request.getContextPath() + LOGIN + "?locked");
            return;
        }
        chain.doFilter(request, response);
    }

    AuthenticationFailureHandler onFailure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            failedLogins.failed(user(request), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + LOGIN + "?error");
        };
    }

    AuthenticationSuccessHandler onSuccess() {
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            failedLogins.succeeded(authentication.getName(), request.getRemoteAddr());
            landing.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static String user(HttpServletRequest request) {
        String user = request.getParameter(USER_FIELD);
        return user == null ? "" : user.trim();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
