package com.satops.demo;

import com.satops.common.domain.ReasonCategory;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.satops.common.domain.CustomerClass;
import com.satops.common.inbox.InboxKind;

/**
 * Writes {@code surveys/}: the survey agency's results, one file per month for
 * the 12 months before the current one, xlsx and UTF-8-with-BOM CSV by turns.
 * Each month about 8 % of handed-over households answer; the agency reaches
 * only occupied homes not black-listed at the month's start, so it draws among
 * those. About 85 % score 4 or 5, drifting a little by project and month so the
 * trend chart has a shape. Of the unhappy, half the rows carry 原因分类
 * (Chinese or English), the rest only the owner's words. About 5 % of rows lie
 * outside the assessment (考核期 否). A few rows per month are bad: a score of
 * 7 or 0, or a mistyped project code.
 */
final class SurveyWriter implements HouseholdVisitor, Closeable {

    static final int MONTHS = 12;

    /** 8 % of handed-over homes, drawn among the 85 % of them that are occupied. */
    private static final double SAMPLE_RATE = 0.08 / 0.85;
    private static final double BAD_ROW_RATE = 0.0005;

    private final ManifestTally tally;
    private final SplittableRandom random;
    private final List<MonthFile> months = new ArrayList<>(MONTHS);
    private final long households;
    private final LocalDate today;

    SurveyWriter(ManifestTally tally, DemoSpec spec, SplittableRandom random) {
        this.tally = tally;
        this.today = spec.today();
        this.random = random;
        this.households = spec.households();
        for (int i = 0; i < MONTHS; i++) {
            months.add(new MonthFile(i, spec.currentMonth().minusMonths(MONTHS - i)));
        }
    }

    void open() throws IOException {
        Path folder = Files.createDirectories(tally.folder(InboxKind.SURVEYS));
        for (MonthFile month : months) {
            month.open(folder);
        }
    }

    @Override
    public void projectStarted(ProjectLayout project) {
        // Each project has its own level, improving slowly over the year, with a little noise per month.
        double level = 0.82 + 0.04 * random.nextDouble();
        for (MonthFile month : months) {
            month.satisfiedShare = level + (month.index - 5.5) * 0.002 + (random.nextDouble() - 0.5) * 0.02;
        }
    }

    @Override
    public void household(Household household) throws IOException {
        for (MonthFile month : months) {
            if (month.badRows.due(household.serial())) {
                month.writeBad(household);
            }
            if (household.delivered() && DemoOccupancy.occupied(household.occupancy())
                    && household.classOn(month.month.atDay(1)) != CustomerClass.BLACK
                    && random.nextDouble() < SAMPLE_RATE) {
                month.write(household);
            }
        }
    }

    /** Finishes every month's file, going on past a failure so no temp file is left behind. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (MonthFile month : months) {
            try {
                month.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** One month's results file. */
    private final class MonthFile {

        private final int index;
        private final YearMonth month;
        private final BadRowSchedule badRows;
        private XlsxSheet sheet;
        private XlsxBook book;
        private CsvTable csv;
        private double satisfiedShare;
        private int number;
        private int badRowsWritten;

        MonthFile(int index, YearMonth month) {
            this.index = index;
            this.month = month;
            this.badRows = BadRowSchedule.spread(households, BadRowSchedule.countFor(households, BAD_ROW_RATE),
                    random);
        }

        private boolean workbook() {
            return index % 2 == 0;
        }

        /** One CSV month came from the agency's other office, which writes Y/N. */
        private boolean yesNoLetters() {
            return index % 4 == 3;
        }

        void open(Path folder) throws IOException {
            String stem = "满意度调查结果-" + month;
            if (workbook()) {
                // The agency delivers a month's results on the 3rd of the next month.
                LocalDate delivered = month.plusMonths(1).atDay(3);
                LocalDate exported = delivered.isAfter(today) ? today : delivered;
                book = new XlsxBook(folder.resolve(stem + ".xlsx"), exported.atTime(17, 0));
                sheet = book.sheet("调查结果")
                        .title(month.getYear() + "年" + month.getMonthValue() + "月 业主满意度调查结果（第三方）")
                        .header("序号", "调查月份", "项目编码", "项目名称", "房号", "评分", "不满意原因", "原因分类",
                                "考核期", "调查日期", "访问员");
            } else {
                csv = CsvTable.create(folder.resolve(stem + ".csv"), CsvTable.Encoding.UTF8_BOM)
                        .header("调查月份", "项目编码", "房号", "评分", "原因分类", "不满意原因", "考核期", "调查日期");
            }
        }

        void write(Household household) throws IOException {
            boolean satisfied = random.nextDouble() < satisfiedShare;
            int score = satisfied ? (random.nextDouble() < 0.6 ? 5 : 4) : unhappyScore();
            String reason = "";
            String category = "";
            if (!satisfied) {
                ReasonCategory why = DissatisfactionReasons.category(random);
                if (random.nextDouble() < 0.5) {
                    category = random.nextBoolean() ? why.label() : why.name();
                    reason = random.nextDouble() < 0.6 ? DissatisfactionReasons.remark(why, random) : "";
                } else {
                    reason = DissatisfactionReasons.remark(why, random);
                }
            }
            row(household.project().code(), household, score, reason, category);
            tally.row(InboxKind.SURVEYS);
        }

        /** A score of 7 or 0, or the project code with a stray digit. */
        void writeBad(Household household) throws IOException {
            int kind = badRowsWritten++ % 3;
            String project = household.project().code() + (kind == 2 ? "0" : "");
            int score = kind == 0 ? 7 : kind == 1 ? 0 : 4;
            row(project, household, score, "", "");
            tally.badRow(InboxKind.SURVEYS);
        }

        private int unhappyScore() {
            double r = random.nextDouble();
            return r < 0.6 ? 3 : r < 0.85 ? 2 : 1;
        }

        private void row(String project, Household household, int score, String reason, String category)
                throws IOException {
            String room = RoomKeyStyles.mostlyCanonical(household, random, 0.1);
            boolean inAssessment = random.nextDouble() >= 0.05;
            LocalDate surveyedOn = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            if (workbook()) {
                sheet.row(++number, month.toString(), project, household.project().name(), room, score, reason,
                        category, inAssessment ? "是" : "否", surveyedOn, "访问员" + (1 + random.nextInt(12)));
            } else {
                String assessment = yesNoLetters() ? (inAssessment ? "Y" : "N") : (inAssessment ? "是" : "否");
                String date = random.nextBoolean() ? TextDates.iso(surveyedOn) : TextDates.slashed(surveyedOn);
                csv.row(month.toString(), project, room, score, category, reason, assessment, date);
            }
        }

        void close() throws IOException {
            XlsxBook finishedBook = book;
            book = null;
            tally.finish(InboxKind.SURVEYS, finishedBook);
            CsvTable finishedCsv = csv;
            csv = null;
            tally.finish(InboxKind.SURVEYS, finishedCsv);
        }
    }
}
