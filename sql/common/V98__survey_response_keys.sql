-- survey_response kept three secondary indexes, each maintained by the survey
-- upsert for every response it writes. The month lookups (a month's responses of one
-- project, for the satisfaction workbooks) are now served by the unique key, led by
-- month and project: a household belongs to one project (its key is project + room,
-- and a response takes the project of its household), so month + project + household
-- is unique exactly when month + household is, and the upsert keys on it as before.
-- The index led by household stays: a household's last score before a month
-- (visit-assignment) needs it.
ALTER TABLE survey_response DROP CONSTRAINT survey_response_key;
ALTER TABLE survey_response ADD CONSTRAINT survey_response_key UNIQUE (survey_month, project_code, household_id);
DROP INDEX survey_response_month ON survey_response;
