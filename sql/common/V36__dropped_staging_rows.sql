-- The staging rows a merge drops (bad rows, and earlier rows of a key listed
-- twice) are first named here, then removed by one join: a statement that reads
-- the staging table it deletes from would be evaluated again for every row.
CREATE TABLE stg_dropped_row (
    file_id  BIGINT       NOT NULL,
    sheet    VARCHAR(100) NOT NULL,
    row_no   INT          NOT NULL,
    PRIMARY KEY (file_id, sheet, row_no)
);
