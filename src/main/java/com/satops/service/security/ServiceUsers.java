package com.satops.service.security;

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

    static final String HOW_TO_ADD = "no user is configured, so serve does not start: add one with "
            + "--satops.security.users[0].name=ops --satops.security.users[0].password='{bcrypt}HASH' "
            + "--satops.security.users[0].roles=OPERATOR (or the same keys in application.yml); "
            + "`satops hash-password` prints a HASH";

    private ServiceUsers() {
    }

    public static List<UserDetails> from(ServiceSecurityProperties properties) {
        if (properties.users().isEmpty()) {
            throw new NoUsersConfiguredException(HOW_TO_ADD);
        }
        return properties.users().stream().map(ServiceUsers::user).toList();
    }

    private static UserDetails user(ServiceSecurityProperties.User user) {
        if (user.name() == null || user.name().isBlank()) {
            throw new NoUsersConfiguredException("a satops.security.users entry has no name");
        }
        if (user.password() == null || !user.password().startsWith("{bcrypt}$2")) {
            throw new NoUsersConfiguredException("user " + user.name() + ": the password must be a {bcrypt} hash "
                    + "(`satops hash-password` prints one), never the password itself");
        }
        Set<Role> roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : user.roles().stream()
                .map(role -> parseRole(user.name(), role)).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        if (roles.isEmpty()) {
            throw new NoUsersConfiguredException("user " + user.name() + " has no role: give VIEWER or OPERATOR");
        }
        return User.withUsername(user.name()).password(user.password())
                .roles(roles.stream().map(Role::name).toArray(String[]::new)).build();
    }

    private static Role parseRole(String name, String role) {
        try {
            return Role.valueOf(role.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NoUsersConfiguredException("user " + name + ": unknown role '" + role
                    + "' (VIEWER or OPERATOR)");
        }
    }
}
