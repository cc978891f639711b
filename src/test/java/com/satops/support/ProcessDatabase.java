package com.satops.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The database a satops process started by a test runs on: the default profile's
 * H2 file under the process's home (the URL application.yml gives it), or the
 * MariaDB of -Dsatops.test.mysql.url on the mysql profile, emptied first.
 */
public interface ProcessDatabase {

    /** Options the command line passes on to the application. */
    List<String> options();

    /** A connection for the test to check what the processes left. */
    Connection connect() throws SQLException;

    static ProcessDatabase h2(Path home) {
        return new ProcessDatabase() {
            @Override
            public List<String> options() {
                return List.of();
            }

            @Override
            public Connection connect() throws SQLException {
                // The same file and mode as the application's URL, so it can share a database a process still has open.
                return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/satops")
                        + ";MODE=MySQL;AUTO_SERVER=TRUE", "sa", "");
            }

            @Override
            public String toString() {
                return "H2";
            }
        };
    }

    /** The mysql-profile test database, emptied: the first process to start migrates it. */
    static ProcessDatabase mariaDb() {
        String url = System.getProperty("satops.test.mysql.url", MariaDbTestDatabase.DEFAULT_URL);
        String user = System.getProperty("satops.test.mysql.user", "root");
        String password = System.getProperty("satops.test.mysql.password", "");
        MariaDbTestDatabase.ensureDatabase(url, user, password);
        Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();
        return new ProcessDatabase() {
            @Override
            public List<String> options() {
                return List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password);
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, user, password);
            }

            @Override
            public String toString() {
                return "MariaDB";
            }
        };
    }
}
