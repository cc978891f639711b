package com.satops.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.satops.support.EnglishLocale;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@ExtendWith(EnglishLocale.class)
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

    @Test
    void aChineseSystemIsToldInChinese() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThatThrownBy(() -> ServiceUsers.from(users())).hasMessageStartingWith("没有配置任何用户，serve 不启动")
                    .hasMessageContaining("--satops.security.users[0].password='{bcrypt}HASH'");
            assertThatThrownBy(() -> ServiceUsers.from(users(new ServiceSecurityProperties.User("ops", "change-me",
                    List.of("OPERATOR"))))).hasMessage(
                    "用户 ops：密码必须是 {bcrypt} 哈希（`satops hash-password` 可生成），不能是密码本身");
        } finally {
            Locale.setDefault(Locale.ENGLISH);
        }
    }
}
