package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A run's outputs per job instance: once per item, in the order first recorded, across restarts. */
@MapperSlice
class RunOutputMapperTest {

    @Autowired
    RunOutputMapper mapper;

    @Test
    void anItemAddedAgainByARestartIsListedOnceInItsFirstPlace() {
        mapper.add(1, 10, RunOutputMapper.REPORT, "reports/b.xlsx");
        mapper.add(1, 10, RunOutputMapper.REPORT, "reports/a.xlsx");
        mapper.add(1, 11, RunOutputMapper.REPORT, "reports/b.xlsx");
        mapper.add(1, 11, RunOutputMapper.REPORT, "reports/c.xlsx");

        assertThat(mapper.items(1, RunOutputMapper.REPORT))
                .containsExactly("reports/b.xlsx", "reports/a.xlsx", "reports/c.xlsx");
    }

    @Test
    void kindsAndJobInstancesAreKeptApart() {
        mapper.add(1, 10, RunOutputMapper.REPORT, "reports/a.xlsx");
        mapper.add(1, 10, RunOutputMapper.UNMAILED, "PM01");
        mapper.add(2, 12, RunOutputMapper.UNMAILED, "PM02");

        assertThat(mapper.items(1, RunOutputMapper.UNMAILED)).containsExactly("PM01");
        assertThat(mapper.items(2, RunOutputMapper.UNMAILED)).containsExactly("PM02");
        assertThat(mapper.items(2, RunOutputMapper.REPORT)).isEmpty();
    }

    @Test
    void aFigureGivenAgainKeepsItsPlaceAndTakesTheNewNumber() {
        mapper.putFigure(1, 10, "found", "12");
        mapper.putFigure(1, 10, "closeoutRate", "0.5000");
        mapper.putFigure(1, 11, "found", "14");
        mapper.putFigure(2, 12, "found", "3");

        assertThat(mapper.figures(1)).containsExactly(new RunFigure("found", "14"),
                new RunFigure("closeoutRate", "0.5000"));
        assertThat(mapper.figures(2)).containsExactly(new RunFigure("found", "3"));
        assertThat(mapper.items(1, RunOutputMapper.REPORT)).as("figures are not reports").isEmpty();
    }
}
