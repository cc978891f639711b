package com.satops.service.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An alert is raised once, whoever notices it first; a second raise changes nothing. */
@MapperSlice
class AlertMapperTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 30, 8, 15, 2);

    @Autowired
    AlertMapper mapper;

    @Autowired
    JdbcTemplate db;

    @Test
    void theFirstRaiseCountsAndLaterOnesAreIgnored() {
        assertThat(mapper.raise("run-failed|42", T0)).isEqualTo(1);
        assertThat(mapper.raise("run-failed|42", T0.plusMinutes(5))).isZero();
        assertThat(mapper.raise("run-failed|43", T0.plusMinutes(5))).isEqualTo(1);

        assertThat(db.queryForObject("SELECT raised_at FROM alert_raised WHERE alert_key = 'run-failed|42'",
                LocalDateTime.class)).as("kept from the first raise").isEqualTo(T0);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM alert_raised", Integer.class)).isEqualTo(2);
    }

    @Test
    void aKeyAsLongAsTheColumnIsRaisedWhole() {
        String key = "late-firing|" + "x".repeat(400 - "late-firing|".length());

        assertThat(mapper.raise(key, T0)).isEqualTo(1);
        assertThat(mapper.raise(key, T0)).isZero();
    }
}
