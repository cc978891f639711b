-- Free-text columns sized for what real exports hold (a survey reason, a patrol
-- description or a visit request runs to paragraphs); codes stay narrow. A value
-- longer than its staging column is a bad value of its row: the importer reads
-- the limits from these declarations, so staging and domain columns grow together.
ALTER TABLE stg_survey MODIFY COLUMN reason VARCHAR(4000);
ALTER TABLE survey_response MODIFY COLUMN reason VARCHAR(4000);
ALTER TABLE stg_patrol MODIFY COLUMN description VARCHAR(4000) NOT NULL;
ALTER TABLE patrol_issue MODIFY COLUMN description VARCHAR(4000) NOT NULL;
ALTER TABLE stg_patrol MODIFY COLUMN location VARCHAR(500);
ALTER TABLE patrol_issue MODIFY COLUMN location VARCHAR(500);
ALTER TABLE stg_patrol MODIFY COLUMN department VARCHAR(200);
ALTER TABLE patrol_issue MODIFY COLUMN department VARCHAR(200);
ALTER TABLE stg_crm MODIFY COLUMN note VARCHAR(2000);
ALTER TABLE class_mark MODIFY COLUMN note VARCHAR(2000);
ALTER TABLE stg_visit MODIFY COLUMN request VARCHAR(4000);
ALTER TABLE visit_result MODIFY COLUMN request VARCHAR(4000);

-- A data issue's reason as a message key and its arguments, worded in the
-- reader's language when shown; reason keeps the zh-CN text for older readers.
ALTER TABLE data_issue MODIFY COLUMN reason VARCHAR(2000) NOT NULL;
ALTER TABLE data_issue ADD COLUMN reason_key VARCHAR(100);
ALTER TABLE data_issue ADD COLUMN reason_arg0 VARCHAR(500);
ALTER TABLE data_issue ADD COLUMN reason_arg1 VARCHAR(500);
ALTER TABLE data_issue ADD COLUMN reason_arg2 VARCHAR(500);
