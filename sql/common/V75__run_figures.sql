-- A run's figures join its reports in run_output (kind FIGURE: item is the
-- figure's name, item_value its number as text), so nothing a run reports is
-- kept in Batch's execution context any more. MySQL's V4 widened Batch's
-- context columns for report lists; it stays for installed databases but is
-- no longer needed.
ALTER TABLE run_output ADD COLUMN item_value VARCHAR(40);
