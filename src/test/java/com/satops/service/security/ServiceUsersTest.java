package com.satops.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ServiceUsersTest {

    private static ServiceSecurityProperties users(ServiceSecurityProperties.User... users) {
        return new ServiceSecurityProperties(List.of(users), 5, java.time.Duration.ofMinutes(15));
    }

    @Test
    void noUserIsRefusedWithHowToAddOne() {
        assertThatThrownBy(() -> ServiceUsers.from(users())).isInstanceOf(NoUsersConfiguredException.class)
                .hasMessageContaining("satops hash-password");
    }

    @Test
    void aPlainPasswordIsRefused() {
        assertThatThrownBy(() -> ServiceUsers.from(users(new ServiceSecurityProperties.User("ops", "change-me",
                List.of("OPERATOR"))))).hasMessageContaining("must be a {bcrypt} hash");
    }

    @Test
    void anUnknownRoleIsRefused() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("x");
        assertThatThrownBy(() -> ServiceUsers.from(users(new ServiceSecurityProperties.User("ops", hash,
                List.of("ADMIN"))))).hasMessageContaining("unknown role 'ADMIN'");
        assertThat(ServiceUsers.from(users(new ServiceSecurityProperties.User("ops", hash, List.of("viewer")))))
                .singleElement().satisfies(user -> assertThat(user.getAuthorities().toString())
                        .contains("ROLE_VIEWER"));
    }
}
