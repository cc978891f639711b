-- Merges of different kinds now run at once, each in its own transaction: their
-- files' merge orders (0, 1, 2 … in each) may be the same, so the order is no
-- longer unique (a second merge's insert would wait for the first to commit).
DROP INDEX stg_merge_file_order ON stg_merge_file;
