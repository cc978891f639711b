package com.satops.service.security;

import com.satops.common.text.SystemLanguageMessages;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Turns the configured users into Spring Security users, refusing what would
 * leave the service open or guessable: no user at all, a password that is not a
 * bcrypt hash, a role other than VIEWER or OPERATOR.
 */
public final class ServiceUsers {

    public enum Role { VIEWER, OPERATOR }

    /** Read before the service's context is up, so from the bundle in the system's language. */
    static final SystemLanguageMessages MESSAGES = new SystemLanguageMessages("messages/service");

    private ServiceUsers() {
    }

    public static List<UserDetails> from(ServiceSecurityProperties properties) {
        if (properties.users().isEmpty()) {
            throw new NoUsersConfiguredException(MESSAGES.get("security.users.none"));
        }
        return properties.users().stream().map(ServiceUsers::user).toList();
    }

    private static UserDetails user(ServiceSecurityProperties.User user) {
        if (user.name() == null || user.name().isBlank()) {
            throw new NoUsersConfiguredException(MESSAGES.get("security.user.noName"));
        }
        if (user.password() == null || !user.password().startsWith("{bcrypt}$2")) {
            throw new NoUsersConfiguredException(MESSAGES.get("security.user.plainPassword", user.name()));
        }
        Set<Role> roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : user.roles().stream()
                .map(role -> parseRole(user.name(), role)).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        if (roles.isEmpty()) {
            throw new NoUsersConfiguredException(MESSAGES.get("security.user.noRole", user.name()));
        }
        return User.withUsername(user.name()).password(user.password())
                .roles(roles.stream().map(Role::name).toArray(String[]::new)).build();
    }

    private static Role parseRole(String name, String role) {
        try {
            return Role.valueOf(role.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NoUsersConfiguredException(MESSAGES.get("security.user.unknownRole", name, role));
        }
    }
}
