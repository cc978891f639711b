package com.satops.service.alert;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AlertMapper {

    /** Records the alert; returns 0 when it was raised before (by this process or another). */
    int raise(@Param("alertKey") String alertKey, @Param("now") LocalDateTime now);
}
