package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.satops.support.MapperSlice;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The migration's one lock row, and a second connection kept out while a transaction holds it. */
@MapperSlice
class ImportLockMapperTest {

    @Autowired
    ImportLockMapper mapper;

    @Autowired
    DataSource dataSource;

    @Test
    void theLockRowExistsAndIsHeldUntilTheTransactionEnds() throws SQLException {
        assertThat(mapper.lock()).isEqualTo("inbox");

        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("SET LOCK_TIMEOUT 100");
            assertThatThrownBy(() -> statement.executeQuery(
                    "SELECT lock_name FROM import_lock WHERE lock_name = 'inbox' FOR UPDATE"))
                    .isInstanceOf(SQLException.class);
            other.rollback();
        }
    }
}
