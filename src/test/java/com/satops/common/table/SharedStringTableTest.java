package com.satops.common.table;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharedStringTableTest {

    @Test
    void returnsEveryItemAcrossPages() {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            strings.add(i % 3 == 0 ? "业主" + i : "3-2-" + i);
        }
        strings.add("长".repeat(70_000));
        strings.add("x".repeat(60_000));
        strings.add("");

        SharedStringTable table = SharedStringTable.of(strings);

        assertThat(table.size()).isEqualTo(strings.size());
        for (int i = 0; i < strings.size(); i++) {
            assertThat(table.get(i)).isEqualTo(strings.get(i));
        }
    }

    @Test
    void answersBlankWithoutBuildingTheString() {
        SharedStringTable table = SharedStringTable.of(List.of(" \u3000\u00A0", " a ", "", " ".repeat(70_000)));

        assertThat(table.isBlank(0)).isTrue();
        assertThat(table.isBlank(1)).isFalse();
        assertThat(table.isBlank(2)).isTrue();
        assertThat(table.isBlank(3)).isTrue();
        assertThat(table.isBlank(4)).isTrue();
        assertThat(table.get(4)).isEmpty();
        assertThat(table.get(-1)).isEmpty();
    }
}
