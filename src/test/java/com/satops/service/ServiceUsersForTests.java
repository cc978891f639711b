package com.satops.service;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** An operator and a viewer, configured the way an admin configures them: names, bcrypt hashes, roles. */
public final class ServiceUsersForTests {

    public static final String OPERATOR = "ops";
    public static final String OPERATOR_PASSWORD = "ops-secret";
    public static final String VIEWER = "viewer";
    public static final String VIEWER_PASSWORD = "viewer-secret";

    private ServiceUsersForTests() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        // Cost 4 keeps the tests quick; production hashes use the default cost.
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        String operatorHash = "{bcrypt}" + bcrypt.encode(OPERATOR_PASSWORD);
        String viewerHash = "{bcrypt}" + bcrypt.encode(VIEWER_PASSWORD);
        registry.add("satops.security.users[0].name", () -> OPERATOR);
        registry.add("satops.security.users[0].password", () -> operatorHash);
        registry.add("satops.security.users[0].roles", () -> "OPERATOR");
        registry.add("satops.security.users[1].name", () -> VIEWER);
        registry.add("satops.security.users[1].password", () -> viewerHash);
        registry.add("satops.security.users[1].roles", () -> "VIEWER");
    }
}
