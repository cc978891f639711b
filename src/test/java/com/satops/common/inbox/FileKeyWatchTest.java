package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Only files whose keys are surely all different are marked; anything doubtful is left to the database. */
class FileKeyWatchTest {

    record Row(long fileId, List<String> keyParts) implements KeyedRecord {
        static Row of(long fileId, String... parts) {
            return new Row(fileId, Arrays.asList(parts));
        }
    }

    @Test
    void aFileListingEachKeyOnceIsMarkedAcrossAMillionKeys() {
        FileKeyWatch watch = new FileKeyWatch();
        IntStream.range(0, 1_000_000).forEach(i -> watch.add(Row.of(7, "P" + (i % 990), "12-" + i)));
        watch.add(Row.of(8, "P1", "12-1"));

        assertThat(watch.uniqueFiles()).containsExactly(7L, 8L);
    }

    @Test
    void aKeyListedAgainInAnotherCaseOrWithTrailingSpacesIsARepeat() {
        FileKeyWatch watch = new FileKeyWatch();
        watch.add(Row.of(1, "XXHY", "3-2-1502"));
        watch.add(Row.of(1, "xxhy ", "3-2-1502"));
        watch.add(Row.of(2, "XXHY", "A-1502"));
        watch.add(Row.of(2, "XXHY", "a-1502  "));
        watch.add(Row.of(3, "XXHY", "3-2-1502"));
        watch.add(Row.of(3, "XXHY", "3-2-1503"));

        assertThat(watch.uniqueFiles()).containsExactly(3L);
    }

    @Test
    void keysWithCharactersTheDatabaseMayCompareOtherwiseLeaveTheFileToIt() {
        FileKeyWatch watch = new FileKeyWatch();
        watch.add(Row.of(1, "ＸＸＨＹ", "1502"));
        watch.add(Row.of(2, "XXHY", "星河湾-1502"));
        watch.add(Row.of(3, "XXHY", "é-1502"));
        watch.add(Row.of(4, "XXHY", null));

        assertThat(watch.uniqueFiles()).containsExactly(2L);
    }

    @Test
    void thePartsOfAKeyStayApart() {
        FileKeyWatch watch = new FileKeyWatch();
        watch.add(Row.of(1, "AB", "C"));
        watch.add(Row.of(1, "A", "BC"));

        assertThat(watch.uniqueFiles()).containsExactly(1L);
    }

    @Test
    void aFileWhoseRowsComeInTwoRunsIsNotMarked() {
        FileKeyWatch watch = new FileKeyWatch();
        watch.add(Row.of(1, "P", "1"));
        watch.add(Row.of(2, "P", "1"));
        watch.add(Row.of(1, "P", "1"));

        assertThat(watch.uniqueFiles()).containsExactly(2L);
    }
}
