package com.satops.common.run;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RunLeaseMapper {

    /** Fails with a duplicate key when the run key is leased already. */
    void insert(@Param("lease") RunLease lease);

    RunLease find(@Param("runKey") String runKey);

    void attachExecution(@Param("runKey") String runKey, @Param("ownerId") String ownerId,
                         @Param("executionId") long executionId);

    /** Refreshes every lease this process holds, in one statement. */
    int heartbeat(@Param("ownerId") String ownerId, @Param("now") LocalDateTime now);

    int release(@Param("runKey") String runKey, @Param("ownerId") String ownerId);

    /** Removes a dead owner's lease only if it is still the one that was judged dead. */
    int removeDead(@Param("runKey") String runKey, @Param("ownerId") String ownerId,
                   @Param("heartbeatAt") LocalDateTime heartbeatAt);
}
