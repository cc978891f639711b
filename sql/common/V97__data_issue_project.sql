-- The 项目编码 of the row an issue was found in (NULL for a file-level issue or a row without one), so a
-- per-project workbook lists its project's issues rather than the whole run's. The index replaces the one on
-- run_key alone: it serves what that did and a project's listing within its run.
ALTER TABLE data_issue ADD COLUMN project_code VARCHAR(32);
CREATE INDEX data_issue_run_project ON data_issue (run_key, project_code);
DROP INDEX data_issue_run ON data_issue;
