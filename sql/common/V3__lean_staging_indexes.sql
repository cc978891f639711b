-- Staging rows are found by file only (every merge statement sorts or scans one
-- file's rows); the wider indexes only slowed the bulk inserts down.
DROP INDEX stg_erp_file ON stg_erp;
CREATE INDEX stg_erp_file ON stg_erp (file_id);
DROP INDEX stg_crm_file ON stg_crm;
CREATE INDEX stg_crm_file ON stg_crm (file_id);
DROP INDEX stg_survey_file ON stg_survey;
CREATE INDEX stg_survey_file ON stg_survey (file_id);
DROP INDEX stg_staff_file ON stg_staff;
CREATE INDEX stg_staff_file ON stg_staff (file_id);
DROP INDEX stg_patrol_file ON stg_patrol;
CREATE INDEX stg_patrol_file ON stg_patrol (file_id);
