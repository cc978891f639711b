package com.satops.support;

import com.satops.common.config.SatopsConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * One mapper's statements on H2 (MySQL mode) with the real migrations: only
 * MyBatis, the data source and Flyway start. Each test runs in a transaction
 * that is rolled back, so no test sees another's rows. The application's
 * configuration names the database to MyBatis, so statements kept per database
 * ({@code databaseId="h2"}) are the ones the application runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MybatisTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mapper-slices;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "logging.file.name=target/mapper-slices.log"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(SatopsConfiguration.class)
public @interface MapperSlice {
}
