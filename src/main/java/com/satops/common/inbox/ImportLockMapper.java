package com.satops.common.inbox;

import org.apache.ibatis.annotations.Mapper;

/** The row every import locks for its whole length (see {@link ImportLock}). */
@Mapper
public interface ImportLockMapper {

    String lock();
}
