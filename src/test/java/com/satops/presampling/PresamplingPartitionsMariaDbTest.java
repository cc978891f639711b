package com.satops.presampling;

import com.satops.support.PartitionedRuns.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** presampling-cleanup on MariaDB on one partition and on four: the same figures, workbook and agency CSV. */
class PresamplingPartitionsMariaDbTest {

    @Test
    void fourPartitionsGiveTheFiguresAndWorkbookOfOne(@TempDir Path one, @TempDir Path four) {
        PresamplingPartitionsH2Test.assertFourPartitionsAgreeWithOne(Database.MARIADB, one, four);
    }
}
