/**
 * Report writing shared by every job: one place decides how a report looks.
 *
 * <p>A job says what its columns are and writes values; widths, formats,
 * header, borders, totals and print set-up follow:
 * <pre>{@code
 * ReportText text = reportTexts.of(run.locale());            // wording from messages/report_*
 * Path target = ReportPaths.workbook(home, job, period, project, text.locale());  // .en.xlsx for en
 * try (ReportWorkbook book = ReportWorkbook.create(target, text, "星河湾 XXHY · 2026-11-03")) {
 *     SheetWriter summary = book.summarySheet(text.get("summary"));
 *     summary.table(Column.text(text.get("figure")), Column.count(text.get("value")));
 *     summary.row("...", 12);
 *     summary.total(text.get("total"), 12);                     // bold, rule above
 *     SheetWriter list = book.listSheet(name, Column.code("工单编号"), Column.dateTime("创建时间"),
 *             Column.rate("..."), Column.longText("..."));
 *     mapper.rows(query, context -> list.row(...));           // streamed, nothing held
 *     DataIssueSheet.writeRun(book, dataIssueListingMapper, run.runKey());
 *     book.save();                                            // written whole, then moved into place
 * }
 * runOutputLog.report(jobExecution, target);                  // listed in the run summary's reports
 * }</pre>
 * Values: String (always text, never a formula), Number, LocalDate, LocalDateTime,
 * Boolean (是/否), {@link com.satops.common.report.Share} (a percentage) and
 * {@link com.satops.common.report.Points} (a change of rate in percentage points);
 * a BigDecimal in a {@code rate} or {@code points} column is taken as a fraction.
 * A job writing thousands of small workbooks of cells only opens them with
 * {@code ReportWorkbook.cellsOnly} instead: the same sheets, written without POI.
 * Who could not be mailed for lack of an address goes into the summary through
 * {@link com.satops.common.report.UnmailedStaffTable} and into the run summary
 * through {@code RunOutputLog.unmailed}.
 */
package com.satops.common.report;
