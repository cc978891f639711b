package com.satops.service.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the service (FORMATS §6): {@code satops.security.users[i].name},
 * {@code .password} as a {@code {bcrypt}} hash and {@code .roles} (VIEWER, OPERATOR).
 * There is no built-in user. After {@code maxFailedLogins} wrong passwords in a row
 * for one user, or from one address, logins from it are refused for {@code lockout}.
 */
@ConfigurationProperties("satops.security")
public record ServiceSecurityProperties(List<User> users, int maxFailedLogins, Duration lockout) {

    public ServiceSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String name, String password, List<String> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
