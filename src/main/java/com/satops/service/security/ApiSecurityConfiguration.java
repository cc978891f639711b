package com.satops.service.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Security of the admin API (FORMATS §6): HTTP Basic against the configured
 * users, stateless (no session is ever created for an API call), VIEWER reads,
 * OPERATOR also acts; 401/403/429 answered as JSON. The chain only claims
 * /api/** and /actuator/**, so the console's form-login chain sits beside it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ServiceSecurityProperties.class)
public class ApiSecurityConfiguration {

    /** Order of the API chain; the console's chain comes after it. */
    public static final int API_ORDER = 10;

    @Bean
    InMemoryUserDetailsManager serviceUsers(ServiceSecurityProperties properties) {
        return new InMemoryUserDetailsManager(ServiceUsers.from(properties));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_OPERATOR > ROLE_VIEWER");
    }

    @Bean
    FailedLogins failedLogins(ServiceSecurityProperties properties, Clock clock) {
        return new FailedLogins(properties.maxFailedLogins(), properties.lockout(), clock);
    }

    @Bean
    @Order(API_ORDER)
    SecurityFilterChain apiSecurity(HttpSecurity http, FailedLogins failedLogins) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"satops\"");
            JsonErrors.write(response, 401, "authentication required: HTTP Basic with a configured user");
        };
        AccessDeniedHandler denied = (request, response, e) ->
                JsonErrors.write(response, 403, "forbidden: this needs the OPERATOR role");
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole("VIEWER")
                        .requestMatchers("/api/**").hasRole("OPERATOR")
                        .anyRequest().hasRole("VIEWER"))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                // Scripts call the API with Basic credentials, not a browser holding a session: no CSRF token.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new LoginThrottleFilter(failedLogins), BasicAuthenticationFilter.class);
        return http.build();
    }
}
