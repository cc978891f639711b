package com.satops.visits;

import org.mybatis.spring.SqlSessionTemplate;

/**
 * The batch-executor session the decide step reads and writes on. Wrapped, not
 * a SqlSessionTemplate bean of its own, so that every mapper elsewhere keeps the
 * default (simple) executor.
 */
record BatchSession(SqlSessionTemplate template) {
}
