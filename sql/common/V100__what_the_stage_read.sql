-- How many data rows the stage read of each file, recorded when it reached the
-- file's end: the merge applies a file only when staging holds every one of them
-- (staged, or skipped as bad), so rows lost or staged twice fail the import
-- instead of applying a part of the file.
ALTER TABLE imported_file ADD COLUMN rows_read INT NULL;
-- Whether the stage found each key of the file once (the merge then leaves out
-- its search for keys listed twice).
ALTER TABLE imported_file ADD COLUMN keys_unique BOOLEAN NOT NULL DEFAULT FALSE;
