package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import com.satops.common.report.Column;
import com.satops.common.report.DataIssueListingMapper;
import com.satops.common.report.DataIssueSheet;
import com.satops.common.report.Points;
import com.satops.common.report.ReportText;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.Share;
import com.satops.common.report.SheetWriter;
import com.satops.common.report.UnmailedStaff;
import com.satops.common.report.UnmailedStaffTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The summary workbook of one scope: summary first (with the project managers no
 * mail reaches), then (company) the projects side by side, the trend with a
 * native Excel line chart, the reasons with counts and shares, the households
 * that scored 3 with their steward, and (company) the data issues of the run's import.
 */
final class SatisfactionWorkbook {

    private final SatisfactionMapper mapper;
    private final DataIssueListingMapper issues;
    private final ReasonClassifier classifier;
    private final StewardDirectory stewards;
    private final ReportText text;

    SatisfactionWorkbook(SatisfactionMapper mapper, DataIssueListingMapper issues, ReasonClassifier classifier,
                         StewardDirectory stewards, ReportText text) {
        this.mapper = mapper;
        this.issues = issues;
        this.classifier = classifier;
        this.stewards = stewards;
        this.text = text;
    }

    /**
     * Writes the workbook to {@code target}; {@code runKey} selects the data issues listed (company only);
     * {@code unmailed} are the scope's project managers without an email.
     */
    Path write(ScopeDigest digest, Path target, List<String> scope, String runKey, List<UnmailedStaff> unmailed) {
        String pageTitle = text.get("satisfaction.title") + " · " + scopeName(digest) + " · " + digest.month();
        try (ReportWorkbook book = ReportWorkbook.create(target, text, pageTitle)) {
            summary(book, digest, target, unmailed);
            if (digest.isCompany()) {
                projects(book, digest.projects());
            }
            trend(book, digest);
            reasons(book, digest);
            scoredThree(book, digest, digest.isCompany() ? scope : List.of(digest.projectCode()));
            if (digest.isCompany()) {
                DataIssueSheet.writeRun(book, issues, runKey);
            }
            return book.save();
        }
    }

    String scopeName(ScopeDigest digest) {
        return digest.isCompany() ? text.get("satisfaction.company")
                : digest.projectCode() + " " + digest.projectName();
    }

    private void summary(ReportWorkbook book, ScopeDigest digest, Path target, List<UnmailedStaff> unmailed) {
        SheetWriter sheet = book.summarySheet(text.get("summary"));
        sheet.table(Column.text(text.get("figure")), Column.text(text.get("value")),
                Column.code(text.get("figureKey")));
        sheet.row(text.get("satisfaction.surveyMonth"), digest.month().toString());
        sheet.row(text.get("satisfaction.scope"), scopeName(digest));
        sheet.row(text.get("satisfaction.responses"), digest.responses(), ScopeDigest.RESPONSES);
        sheet.row(text.get("satisfaction.satisfied"), digest.satisfied(), ScopeDigest.SATISFIED);
        sheet.row(text.get("satisfaction.rate"), new Share(digest.rate()), ScopeDigest.SATISFACTION_RATE);
        sheet.row(text.get("satisfaction.lastMonthRate"), lastMonth(digest));
        sheet.row(text.get("satisfaction.change"), digest.change().map(Points::new).orElse(null));
        sheet.row(text.get("satisfaction.unsatisfied"), digest.unsatisfied());
        for (ReasonCategory category : ReasonCategory.values()) {
            sheet.row(text.get("satisfaction.reasonOf", CategoryNames.of(category, text)),
                    digest.reasons().get(category), ScopeDigest.REASONS + category.name());
        }
        sheet.row(text.get("satisfaction.scoredThree"), digest.scoredThree());
        if (digest.isCompany()) {
            sheet.row(text.get("satisfaction.projectsWithResponses"), (long) digest.projects().size());
        }
        sheet.blank();
        String file = target.getFileName().toString();
        UnmailedStaffTable.write(sheet, text, unmailed.stream()
                .map(person -> new UnmailedStaffTable.Entry(person, file)).toList());
    }

    private Object lastMonth(ScopeDigest digest) {
        return digest.previous().hasResponses() ? new Share(digest.previous().rate())
                : text.get("satisfaction.noResponses");
    }

    private void projects(ReportWorkbook book, List<ScopeDigest> projects) {
        SheetWriter sheet = book.summarySheet(text.get("satisfaction.projectsSheet"));
        sheet.table(Column.code(text.get("col.project")), Column.text(text.get("col.projectName")),
                Column.count(text.get("satisfaction.responsesShort")),
                Column.count(text.get("satisfaction.satisfiedShort")), Column.rate(text.get("satisfaction.rate")),
                Column.rate(text.get("satisfaction.lastMonthRate")), Column.points(text.get("satisfaction.change")),
                Column.count(text.get("satisfaction.unsatisfiedShort")),
                Column.count(text.get("satisfaction.scoredThree")));
        for (ScopeDigest project : projects) {
            sheet.row(project.projectCode(), project.projectName(), project.responses(), project.satisfied(),
                    new Share(project.rate()),
                    project.previous().hasResponses() ? new Share(project.previous().rate()) : null,
                    project.change().map(Points::new).orElse(null), project.unsatisfied(), project.scoredThree());
        }
    }

    private void trend(ReportWorkbook book, ScopeDigest digest) {
        // a list, not a bordered table: a month without responses stays an empty cell, a gap in the chart
        SheetWriter sheet = book.listSheet(text.get("satisfaction.trendSheet"),
                Column.code(text.get("satisfaction.monthColumn")),
                Column.count(text.get("satisfaction.responsesShort")),
                Column.count(text.get("satisfaction.satisfiedShort")), Column.rate(text.get("satisfaction.rate")));
        List<MonthPoint> trend = digest.trend();
        String[] months = new String[trend.size()];
        Double[] rates = new Double[trend.size()];
        for (int i = 0; i < trend.size(); i++) {
            MonthPoint point = trend.get(i);
            months[i] = point.month().toString();
            // A month without responses has no rate: a blank cell, a gap in the line.
            rates[i] = point.hasResponses() ? point.rate().doubleValue() : null;
            sheet.row(months[i], point.responses(), point.satisfied(),
                    point.hasResponses() ? new Share(point.rate()) : null);
        }
        lineChart(book, sheet, months, rates, scopeName(digest));
    }

    /** A native Excel line chart beside the trend table, drawn from its month and rate columns. */
    private void lineChart(ReportWorkbook book, SheetWriter table, String[] months, Double[] rates, String title) {
        String sheetName = table.poi().getSheetName();
        // SXSSF streams rows only; the drawing and chart parts live on the backing XSSF sheet.
        XSSFSheet sheet = book.poi().getXSSFWorkbook().getSheet(sheetName);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 5, 1, 16, 22));
        chart.setTitleText(text.get("satisfaction.chartTitle", title));
        chart.setTitleOverlay(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        XDDFCategoryAxis monthAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis rateAxis = chart.createValueAxis(AxisPosition.LEFT);
        rateAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        rateAxis.setMinimum(0);
        rateAxis.setMaximum(1);
        rateAxis.setNumberFormat("0%");
        int last = months.length;
        XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(months,
                new CellRangeAddress(1, last, 0, 0).formatAsString(sheetName, true));
        XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(rates,
                new CellRangeAddress(1, last, 3, 3).formatAsString(sheetName, true));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, monthAxis, rateAxis);
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(x, y);
        series.setTitle(text.get("satisfaction.rate"), null);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        data.setVaryColors(false);
        chart.plot(data);
    }

    private void reasons(ReportWorkbook book, ScopeDigest digest) {
        SheetWriter sheet = book.summarySheet(text.get("satisfaction.reasonsSheet"));
        sheet.table(Column.code(text.get("satisfaction.code")), Column.text(text.get("satisfaction.category")),
                Column.count(text.get("satisfaction.count")), Column.rate(text.get("satisfaction.share")));
        Map<ReasonCategory, BigDecimal> shares = digest.shares();
        for (ReasonCategory category : ReasonCategory.values()) {
            sheet.row(category.name(), CategoryNames.of(category, text), digest.reasons().get(category),
                    new Share(shares.get(category)));
        }
        BigDecimal total = digest.unsatisfied() > 0 ? BigDecimal.ONE.setScale(4) : BigDecimal.ZERO.setScale(4);
        sheet.total(text.get("total"), null, digest.unsatisfied(), new Share(total));
    }

    private void scoredThree(ReportWorkbook book, ScopeDigest digest, List<String> projects) {
        SheetWriter sheet = book.listSheet(text.get("satisfaction.scoredThree"),
                Column.code(text.get("col.project")), Column.text(text.get("col.projectName")),
                Column.text(text.get("col.zone")), Column.code(text.get("col.room")),
                Column.text(text.get("col.owner")), Column.text(text.get("satisfaction.steward")),
                Column.longText(text.get("satisfaction.reason")), Column.text(text.get("satisfaction.category")),
                Column.date(text.get("satisfaction.surveyedOn")));
        mapper.scoredThree(digest.month().toString(), projects, context -> {
            ScoredThreeHousehold household = context.getResultObject();
            sheet.row(household.projectCode(), household.projectName(), household.zone(), household.roomKey(),
                    household.ownerName(), stewards.of(household.projectCode(), household.zone(), text),
                    household.reason(),
                    CategoryNames.of(classifier.classify(household.reasonCategory(), household.reason()), text),
                    household.surveyedOn());
        });
    }
}
