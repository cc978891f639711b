package com.satops.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.satops.support.MariaDbDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator's URL as the README gives it, with no driver settings: the mysql
 * profile's connections still stream listings and batch their inserts.
 */
@MariaDbDatabase
class StreamingConnectionMariaDbTest {

    @Autowired
    HikariDataSource dataSource;

    @Test
    void aBareUrlStillStreamsThroughCursorsAndRewritesBatches() throws Exception {
        String bareUrl = dataSource.getJdbcUrl().substring(0, dataSource.getJdbcUrl().indexOf('?'))
                + "?allowPublicKeyRetrieval=true&useSSL=false";
        Properties properties = new Properties();
        properties.putAll(dataSource.getDataSourceProperties());
        properties.setProperty("user", dataSource.getUsername());
        properties.setProperty("password", dataSource.getPassword() == null ? "" : dataSource.getPassword());

        try (Connection connection = DriverManager.getConnection(bareUrl, properties)) {
            var settings = connection.unwrap(JdbcConnection.class).getPropertySet();
            assertThat(settings.getBooleanProperty(PropertyKey.useCursorFetch).getValue()).isTrue();
            assertThat(settings.getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue()).isTrue();
        }
    }
}
