package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which asked-for project codes a roster has listed: exact codes only, in code order. */
@MapperSlice
class KnownProjectsMapperTest {

    @Autowired
    KnownProjectsMapper mapper;

    @Autowired
    JdbcTemplate db;

    @BeforeEach
    void threeProjects() {
        db.update("INSERT INTO project (project_code, project_name) VALUES ('XXHY', '星河湾'), ('LJY', '丽景苑'),"
                + " ('HTY', '和泰园')");
    }

    @Test
    void onlyKnownCodesComeBackSortedWhateverTheOrderAsked() {
        assertThat(mapper.known(List.of("XXHY", "NOPE", "HTY"))).containsExactly("HTY", "XXHY");
        assertThat(mapper.known(List.of("XXH", "xxhy2"))).isEmpty();
    }

    @Test
    void allListsEveryProjectInCodeOrder() {
        assertThat(mapper.all()).containsExactly("HTY", "LJY", "XXHY");
    }
}
