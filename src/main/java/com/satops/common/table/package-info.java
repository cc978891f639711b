/**
 * Streaming reader for the tables the imports take in: xlsx workbooks and CSV
 * files, as FORMATS.md section 1 describes them.
 *
 * <p>{@link com.satops.common.table.TableReader#open} finds each sheet's header
 * row by column name and hands out {@link com.satops.common.table.TableRow}s one
 * at a time, with every value folded and keyed by its column's English alias.
 * Workbooks are read with POI's package and a StAX pull over each sheet's XML,
 * never with the usermodel, so a million-row file fits a 256 MB heap: what stays
 * in memory is the workbook's shared strings, packed, and one row.
 */
package com.satops.common.table;
