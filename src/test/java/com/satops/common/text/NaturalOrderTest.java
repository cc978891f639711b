package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInKeysCompareAsNumbers() {
        List<String> keys = new ArrayList<>(List.of("10-1-0101", "2-1-0101", "2-1-0102", "2-10-0101", "2-2-0101",
                "12-0801", "A-1-0101", "3-2-1502"));
        keys.sort(NaturalOrder.INSTANCE);
        assertThat(keys).containsExactly("2-1-0101", "2-1-0102", "2-2-0101", "2-10-0101", "3-2-1502",
                "10-1-0101", "12-0801", "A-1-0101");
    }

    @Test
    void staffNumbersAndLeadingZerosGiveATotalOrder() {
        List<String> numbers = new ArrayList<>(List.of("S10", "S2", "S1", "801", "0801", "S01"));
        numbers.sort(NaturalOrder.INSTANCE);
        assertThat(numbers).containsExactly("0801", "801", "S01", "S1", "S2", "S10");
        assertThat(NaturalOrder.INSTANCE.compare("0801", "801")).isNotZero();
    }
}
