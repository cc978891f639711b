package com.satops.common.inbox.staging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bulk load's own connection: LOCAL INFILE allowed, no cursor fetch forcing server-side statements. */
class LocalInfileUrlTest {

    @Test
    void cursorFetchIsDroppedAndLocalInfileAllowed() {
        assertThat(LocalInfileUrl.of(
                "jdbc:mysql://db:3306/satops?rewriteBatchedStatements=true&useCursorFetch=true&useSSL=false"))
                .isEqualTo("jdbc:mysql://db:3306/satops?rewriteBatchedStatements=true&useSSL=false"
                        + "&allowLoadLocalInfile=true");
        assertThat(LocalInfileUrl.of("jdbc:mysql://db:3306/satops?useCursorFetch=true"))
                .isEqualTo("jdbc:mysql://db:3306/satops?allowLoadLocalInfile=true");
        assertThat(LocalInfileUrl.of("jdbc:mysql://db:3306/satops"))
                .isEqualTo("jdbc:mysql://db:3306/satops?allowLoadLocalInfile=true");
    }
}
