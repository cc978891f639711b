package com.satops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDeterminismTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Test
    void aSeedGivesTheSameManifestAndTheSameBytes(@TempDir Path first, @TempDir Path second) throws Exception {
        DemoSpec spec = new DemoSpec(1_200, 2, 7L, MONTH);

        DemoManifest one = new DemoCompanyGenerator().generate(first, spec);
        DemoManifest two = new DemoCompanyGenerator().generate(second, spec);

        assertThat(two).isEqualTo(one);
        assertThat(hashes(second)).isEqualTo(hashes(first)).hasSizeGreaterThan(20);
    }

    @Test
    void anotherSeedGivesAnotherCompany(@TempDir Path first, @TempDir Path second) throws Exception {
        new DemoCompanyGenerator().generate(first, new DemoSpec(1_200, 2, 7L, MONTH));
        new DemoCompanyGenerator().generate(second, new DemoSpec(1_200, 2, 8L, MONTH));

        Path roster = Path.of("erp/房屋台账-JDHY-20261120.csv");
        assertThat(Files.readAllBytes(second.resolve(roster))).isNotEqualTo(Files.readAllBytes(first.resolve(roster)));
    }

    private static Map<String, String> hashes(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(root.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }
}
