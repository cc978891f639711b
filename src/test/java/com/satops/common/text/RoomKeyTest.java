package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoomKeyTest {

    @Test
    void joinsBuildingUnitAndRoom() {
        assertThat(new RoomKey("3", "2", "1502").canonical()).isEqualTo("3-2-1502");
    }

    @Test
    void leavesOutAMissingUnit() {
        assertThat(new RoomKey("12", null, "0801").canonical()).isEqualTo("12-0801");
        assertThat(new RoomKey("12", " ", "0801")).isEqualTo(new RoomKey("12", null, "0801"));
    }

    @Test
    void needsABuildingAndARoom() {
        assertThatThrownBy(() -> new RoomKey("", "2", "1502")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoomKey("3", "2", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
