package com.satops.web;

import com.satops.service.security.FailedLogins;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The console's own filter chain, after the API's: a login form and a session,
 * CSRF on (every form carries its token), VIEWER reads every page, OPERATOR
 * alone may post an action; wrong passwords count towards the same lockout as the
 * API's. The API and actuator paths are never this chain's, whatever order the
 * chains end up in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ConsoleSecurityConfiguration {

    public static final String OPERATOR = "OPERATOR";
    public static final String VIEWER = "VIEWER";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    SecurityFilterChain console(HttpSecurity http, FailedLogins failedLogins) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        ConsoleLoginThrottle throttle = new ConsoleLoginThrottle(failedLogins);
        http.securityMatcher(new NegatedRequestMatcher(new OrRequestMatcher(
                        paths.matcher("/api/**"), paths.matcher("/actuator/**"))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/console/**", "/login", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/**").hasRole(OPERATOR)
                        .anyRequest().hasAnyRole(VIEWER, OPERATOR))
                .formLogin(form -> form.loginPage(ConsoleLoginThrottle.LOGIN).successHandler(throttle.onSuccess())
                        .failureHandler(throttle.onFailure()).permitAll())
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }
}
