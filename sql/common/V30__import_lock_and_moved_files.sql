-- Imports serialize on this row (SELECT ... FOR UPDATE held for the whole import), across processes.
CREATE TABLE import_lock (
    lock_name  VARCHAR(32) PRIMARY KEY
);
INSERT INTO import_lock (lock_name) VALUES ('inbox');

-- When an applied file was moved to processed/, written once it is there: an APPLIED file without it may
-- still wait in the inbox (the process stopped between the commit and the move); the next import moves it.
ALTER TABLE imported_file ADD COLUMN moved_at TIMESTAMP NULL;
UPDATE imported_file SET moved_at = finished_at WHERE status = 'APPLIED';

-- Data issues of files whose import was cut off before they applied: the file was staged again, and
-- its issues recorded again, by the import after. Kept, they counted twice.
DELETE FROM data_issue WHERE file_id IN (SELECT file_id FROM imported_file WHERE status = 'ABANDONED');
