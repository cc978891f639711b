package com.satops.common.config;

import java.time.Clock;
import java.util.Properties;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
// Mail properties are bound even without spring.mail.host: no host means the .eml outbox.
@EnableConfigurationProperties({SatopsProperties.class, MailProperties.class})
@MapperScan(basePackages = "com.satops", annotationClass = org.apache.ibatis.annotations.Mapper.class)
public class SatopsConfiguration {

    /** Lets a mapper carry a MySQL and an H2 variant of a statement where their dialects part. */
    @Bean
    DatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("H2", "h2");
        vendors.setProperty("MySQL", "mysql");
        vendors.setProperty("MariaDB", "mysql");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
