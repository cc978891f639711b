-- The files one merge applies together, in the order they apply (their names'):
-- each merge statement joins its staging rows to them, so one statement serves
-- every file of a kind, and a file held back by its verdict (applies = FALSE)
-- keeps its rows out of the applying statements. Filled and emptied inside the
-- merge's transaction.
CREATE TABLE stg_merge_file (
    file_id      BIGINT       NOT NULL PRIMARY KEY,
    merge_order  INT          NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    applies      BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX stg_merge_file_order ON stg_merge_file (merge_order);
