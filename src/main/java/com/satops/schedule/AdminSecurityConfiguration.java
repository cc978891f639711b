package com.satops.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every admin endpoint needs the admin's HTTP Basic login
 * (spring.security.user.name / password, e.g. from SATOPS_ADMIN_PASSWORD).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class AdminSecurityConfiguration {

    @Bean
    SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                // A machine API called with Basic credentials by scripts, not a browser session.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
