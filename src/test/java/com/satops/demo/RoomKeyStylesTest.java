package com.satops.demo;

import com.satops.common.domain.OccupancyStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoomKeyStylesTest {

    private static final ProjectLayout PROJECT = new ProjectLayout(0, "XXHY", "星河湾",
            List.of(new Building(3, 2, 18, 2, 72, 0), new Building(12, 0, 10, 4, 40, 0)), 112, new int[] {112});

    private final Household withUnit = household(PROJECT.buildings().get(0), 2, 15, 2);
    private final Household withoutUnit = household(PROJECT.buildings().get(1), 0, 8, 1);

    @Test
    void writesTheFormsTheContractLists() {
        assertThat(RoomKeyStyles.Style.values()).extracting(style -> RoomKeyStyles.write(withUnit, style))
                .containsExactly("3-2-1502", "3栋2单元1502", "3幢2单元1502室", "3号楼2单元1502", "３栋２单元１５０２",
                        "3栋 2单元 1502");
        assertThat(RoomKeyStyles.write(withoutUnit, RoomKeyStyles.Style.CANONICAL)).isEqualTo("12-0801");
        assertThat(RoomKeyStyles.write(withoutUnit, RoomKeyStyles.Style.ZHUANG_SHI)).isEqualTo("12幢0801室");
    }

    @Test
    void everyFormReadsBackAsTheCanonicalKey() {
        for (RoomKeyStyles.Style style : RoomKeyStyles.Style.values()) {
            assertThat(RoomKeys.canonical(RoomKeyStyles.write(withUnit, style))).contains("3-2-1502");
            assertThat(RoomKeys.canonical(RoomKeyStyles.write(withoutUnit, style))).contains("12-0801");
        }
        assertThat(withUnit.canonicalKey()).isEqualTo("3-2-1502");
        assertThat(withoutUnit.canonicalKey()).isEqualTo("12-0801");
    }

    private static Household household(Building building, int unit, int floor, int door) {
        return new Household(0, PROJECT, building, unit, floor, door, "王伟", "13800000000", true, OccupancyStatus.RESIDENT,
                List.of());
    }
}
