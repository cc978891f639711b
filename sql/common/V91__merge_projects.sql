-- Each roster file's projects in one merge, summed up once from its staging rows
-- (whether the file names a project, where it first lists it): the project
-- statements and the history windows read these few rows instead of grouping
-- every staging row again. Filled and emptied inside the merge's transaction.
CREATE TABLE stg_merge_project (
    file_id       BIGINT        NOT NULL,
    project_code  VARCHAR(32)   NOT NULL,
    named         VARCHAR(200),
    sheet         VARCHAR(100),
    row_no        INT           NOT NULL,
    PRIMARY KEY (file_id, project_code)
);
