package com.satops.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Creates the test database on the MariaDB server if it is not there and points the context at it. */
public class MariaDbTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/satops_test?rewriteBatchedStatements=true"
            + "&useUnicode=true&characterEncoding=utf8&allowPublicKeyRetrieval=true&useSSL=false&useCursorFetch=true";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getProperty("satops.test.mysql.url", DEFAULT_URL);
        String user = System.getProperty("satops.test.mysql.user", "root");
        String password = System.getProperty("satops.test.mysql.password", "");
        ensureDatabase(url, user, password);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mariadb-test", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                // the test context cache keeps up to 32 contexts, each with its pool: none holds idle
                // connections for long, so the server's max_connections is never reached by cached ones
                "spring.datasource.hikari.minimum-idle", "0",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }

    /** Creates the database of this URL on the server if it is not there (for tests starting processes). */
    public void ensure(String url) {
        ensureDatabase(url, System.getProperty("satops.test.mysql.user", "root"),
                System.getProperty("satops.test.mysql.password", ""));
    }

    static void ensureDatabase(String url, String user, String password) {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?', slash);
        String database = url.substring(slash + 1, query < 0 ? url.length() : query);
        String serverUrl = url.substring(0, slash + 1) + (query < 0 ? "" : url.substring(query));
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL test server not reachable at " + serverUrl
                    + " (start it; tests on the mysql profile never skip): " + e.getMessage(), e);
        }
    }
}
