package com.satops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class EstatePlannerTest {

    @Test
    void splitsTheHouseholdsExactlyIntoZonesOfAboutThreeHundred() {
        List<ProjectLayout> projects = new EstatePlanner(new SplittableRandom(3)).plan(10_000, 4);

        assertThat(projects).extracting(ProjectLayout::code).containsExactly("XXHY", "JDHY", "LHYY", "BJHY");
        assertThat(projects.stream().mapToInt(ProjectLayout::households).sum()).isEqualTo(10_000);
        for (ProjectLayout project : projects) {
            assertThat(project.buildings().stream().mapToInt(Building::households).sum())
                    .isEqualTo(project.households());
            assertThat(Arrays.stream(project.zoneSizes()).sum()).isEqualTo(project.households());
            double meanZone = project.households() / (double) project.zoneCount();
            assertThat(meanZone).isBetween(250.0, 400.0);
            assertThat(project.buildings()).anyMatch(b -> !b.hasUnits()).anyMatch(Building::hasUnits);
        }
    }

    @Test
    void namesZonesAndLaterPhasesAsEstatesDo() {
        assertThat(ZoneNames.of(0)).isEqualTo("A区");
        assertThat(ZoneNames.of(25)).isEqualTo("Z区");
        assertThat(ZoneNames.of(26)).isEqualTo("AA区");
        assertThat(ProjectCatalog.project(12)).isEqualTo(new ProjectCatalog.ProjectName("XXHY2", "星河湾二期"));
    }
}
