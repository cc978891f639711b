package com.satops.bench;

import com.satops.common.inbox.staging.LocalInfileUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The bulk-load ceiling: the roster CSV into a scratch table keyed like household,
 * by {@code LOAD DATA LOCAL INFILE} on MySQL/MariaDB; H2 has no LOAD DATA, so there
 * its own bulk path, {@code INSERT … SELECT FROM CSVREAD}, stands for it.
 */
public final class LoadDataCeiling {

    private final BenchMapper mapper;
    private final SqlSessionFactory sessions;
    private final Configuration mybatis;
    private final String url;
    private final String user;
    private final String password;

    public LoadDataCeiling(BenchMapper mapper, SqlSessionFactory sessions, String url, String user, String password) {
        this.mapper = mapper;
        this.sessions = sessions;
        this.mybatis = sessions.getConfiguration();
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public boolean onMysql() {
        return "mysql".equals(mybatis.getDatabaseId());
    }

    /** How the ceiling was loaded, as the bench prints it: on H2, its bulk path stands for LOAD DATA. */
    public String method() {
        return onMysql() ? "LOAD DATA LOCAL INFILE" : "H2 CSVREAD INSERT…SELECT";
    }

    public Measured load(Path csv) throws Exception {
        mapper.dropScratchHousehold();
        mapper.createScratchHousehold();
        mapper.indexScratchHousehold();
        try {
            Measured load = PhaseMeter.measure("loadData",
                    () -> onMysql() ? loadLocalInfile(csv) : loadCsvRead(csv), n -> n)
                    .measured();
            // The rows kept, whatever the loader counts for the duplicates it skipped.
            return new Measured(load.name(), load.seconds(), mapper.countScratchHouseholds(), load.peakHeapMiB());
        } finally {
            mapper.dropScratchHousehold();
        }
    }

    /** One session, so the variable naming the file and the load share a connection. */
    private long loadCsvRead(Path csv) {
        try (SqlSession session = sessions.openSession(true)) {
            BenchMapper sessionMapper = session.getMapper(BenchMapper.class);
            sessionMapper.nameRosterFile(csv.toAbsolutePath().toString());
            return sessionMapper.loadRosterCsvRead();
        }
    }

    private long loadLocalInfile(Path csv) throws SQLException {
        String file = csv.toAbsolutePath().toString();
        String sql = mybatis.getMappedStatement(BenchMapper.LOAD_LOCAL_INFILE).getBoundSql(Map.of("file", file))
                .getSql();
        try (Connection connection = DriverManager.getConnection(LocalInfileUrl.of(url), user, password);
             PreparedStatement load = connection.prepareStatement(sql)) {
            load.setString(1, file);
            return load.executeUpdate();
        }
    }
}
