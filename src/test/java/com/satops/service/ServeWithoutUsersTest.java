package com.satops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.cli.SatopsCli;
import com.satops.support.EnglishLocale;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** `satops serve` with no user configured refuses to start and says, in one line, how to add one. */
@ExtendWith(EnglishLocale.class)
class ServeWithoutUsersTest {

    @TempDir
    Path home;

    @Test
    void serveRefusesToStartWithoutAUserAndSaysHowToAddOne() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = SatopsCli.execute("serve", "--home", home.toString(), "--server.port=0",
                    "--spring.datasource.url=jdbc:h2:mem:serve-without-users;MODE=MySQL;DB_CLOSE_DELAY=-1");
        } finally {
            System.setErr(err);
        }

        assertThat(exit).isEqualTo(SatopsCli.FAILED);
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output.lines().filter(l -> l.startsWith("satops: ")).toList()).singleElement().asString()
                .contains("no user is configured")
                .contains("satops.security.users[0].password='{bcrypt}")
                .contains("satops hash-password");
        assertThat(output).doesNotContain("\tat ");
    }
}
