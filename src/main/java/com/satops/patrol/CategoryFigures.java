package com.satops.patrol;

import com.satops.common.domain.PatrolCategory;

/** The close-out figures of one project's issues of one 问题分类 (null: none given). */
public record CategoryFigures(String projectCode, PatrolCategory category, long found, long closed, long overdue,
                              long recheckDue, long recheckOnTime) {
}
