package com.satops.bench;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The bench's own statements: the empty-database check and the load ceiling's scratch table. */
@Mapper
public interface BenchMapper {

    /** The statement id of the MySQL bulk load, run on a connection of its own (LOCAL INFILE). */
    String LOAD_LOCAL_INFILE = BenchMapper.class.getName() + ".loadRosterLocalInfile";

    long countHouseholds();

    void dropScratchHousehold();

    void createScratchHousehold();

    void indexScratchHousehold();

    /** H2: names the roster CSV for {@link #loadRosterCsvRead()}, in the same session. */
    void nameRosterFile(@Param("file") String file);

    /** H2: the named roster CSV into the scratch table by CSVREAD; returns the rows inserted. */
    long loadRosterCsvRead();

    long countScratchHouseholds();
}
