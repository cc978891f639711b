package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.Share;
import com.satops.common.report.SheetWriter;
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
 * The summary workbook of one scope: summary first, then (company) the projects
 * side by side, the trend with a native Excel line chart, the reasons with
 * counts and shares, the households that scored 3 with their steward, and
 * (company) the data issues of the run's import.
 */
final class SatisfactionWorkbook {

    private final SatisfactionMapper mapper;
    private final ReasonClassifier classifier;
    private final StewardDirectory stewards;
    private final ReportLocale locale;

    SatisfactionWorkbook(SatisfactionMapper mapper, ReasonClassifier classifier, StewardDirectory stewards,
                         ReportLocale locale) {
        this.mapper = mapper;
        this.classifier = classifier;
        this.stewards = stewards;
        this.locale = locale;
    }

    /** Writes the workbook to {@code target}; {@code runKey} selects the data issues listed (company only). */
    Path write(ScopeDigest digest, Path target, List<String> scope, String runKey) {
        try (ReportWorkbook book = ReportWorkbook.create(target)) {
            summary(book, digest);
            if (digest.isCompany()) {
                projects(book, digest.projects());
            }
            trend(book, digest);
            reasons(book, digest);
            scoredThree(book, digest, digest.isCompany() ? scope : List.of(digest.projectCode()));
            if (digest.isCompany()) {
                dataIssues(book, runKey);
            }
            return book.save();
        }
    }

    String scopeName(ScopeDigest digest) {
        return digest.isCompany() ? locale.pick("公司", "Company")
                : digest.projectCode() + " " + digest.projectName();
    }

    private void summary(ReportWorkbook book, ScopeDigest digest) {
        SheetWriter sheet = book.sheet(locale.pick("汇总", "Summary"),
                locale.pick("指标", "Figure"), locale.pick("值", "Value"), locale.pick("字段", "Key"));
        sheet.row(locale.pick("调查月份", "Survey month"), digest.month().toString());
        sheet.row(locale.pick("范围", "Scope"), scopeName(digest));
        sheet.row(locale.pick("考核期样本", "Responses (in assessment)"), digest.responses(), ScopeDigest.RESPONSES);
        sheet.row(locale.pick("满意（4-5分）", "Satisfied (4-5)"), digest.satisfied(), ScopeDigest.SATISFIED);
        sheet.row(locale.pick("满意度", "Satisfaction rate"), new Share(digest.rate()), ScopeDigest.SATISFACTION_RATE);
        sheet.row(locale.pick("上月满意度", "Last month's rate"), lastMonth(digest));
        sheet.row(locale.pick("较上月变化", "Change from last month"), digest.change().map(Share::new).orElse(null));
        sheet.row(locale.pick("不满意（3分及以下）", "Unsatisfied (3 or lower)"), digest.unsatisfied());
        for (ReasonCategory category : ReasonCategory.values()) {
            sheet.row(locale.pick("不满意原因：", "Reason: ") + CategoryNames.of(category, locale),
                    digest.reasons().get(category), ScopeDigest.REASONS + category.name());
        }
        sheet.row(locale.pick("3分户", "Households scoring 3"), digest.scoredThree());
        if (digest.isCompany()) {
            sheet.row(locale.pick("有样本的项目", "Projects with responses"), (long) digest.projects().size());
        }
    }

    private Object lastMonth(ScopeDigest digest) {
        return digest.previous().hasResponses() ? new Share(digest.previous().rate())
                : locale.pick("无考核期样本", "no responses");
    }

    private void projects(ReportWorkbook book, List<ScopeDigest> projects) {
        SheetWriter sheet = book.sheet(locale.pick("项目对比", "Projects"),
                locale.pick("项目编码", "Project"), locale.pick("项目名称", "Project name"),
                locale.pick("考核期样本", "Responses"), locale.pick("满意", "Satisfied"),
                locale.pick("满意度", "Rate"), locale.pick("上月满意度", "Last month"),
                locale.pick("较上月变化", "Change"), locale.pick("不满意", "Unsatisfied"),
                locale.pick("3分户", "Scored 3"));
        for (ScopeDigest project : projects) {
            sheet.row(project.projectCode(), project.projectName(), project.responses(), project.satisfied(),
                    new Share(project.rate()),
                    project.previous().hasResponses() ? new Share(project.previous().rate()) : null,
                    project.change().map(Share::new).orElse(null), project.unsatisfied(), project.scoredThree());
        }
    }

    private void trend(ReportWorkbook book, ScopeDigest digest) {
        SheetWriter sheet = book.sheet(locale.pick("趋势", "Trend"),
                locale.pick("月份", "Month"), locale.pick("考核期样本", "Responses"),
                locale.pick("满意", "Satisfied"), locale.pick("满意度", "Rate"));
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
        chart.setTitleText(title + " " + locale.pick("满意度趋势", "satisfaction trend"));
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
        series.setTitle(locale.pick("满意度", "Satisfaction rate"), null);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        data.setVaryColors(false);
        chart.plot(data);
    }

    private void reasons(ReportWorkbook book, ScopeDigest digest) {
        SheetWriter sheet = book.sheet(locale.pick("不满意原因", "Reasons"),
                locale.pick("分类代码", "Code"), locale.pick("原因分类", "Category"),
                locale.pick("数量", "Count"), locale.pick("占比", "Share"));
        Map<ReasonCategory, BigDecimal> shares = digest.shares();
        for (ReasonCategory category : ReasonCategory.values()) {
            sheet.row(category.name(), CategoryNames.of(category, locale), digest.reasons().get(category),
                    new Share(shares.get(category)));
        }
        BigDecimal total = digest.unsatisfied() > 0 ? BigDecimal.ONE.setScale(4) : BigDecimal.ZERO.setScale(4);
        sheet.row(locale.pick("合计", "Total"), null, digest.unsatisfied(), new Share(total));
    }

    private void scoredThree(ReportWorkbook book, ScopeDigest digest, List<String> projects) {
        SheetWriter sheet = book.sheet(locale.pick("3分户", "Scored 3"),
                locale.pick("项目编码", "Project"), locale.pick("项目名称", "Project name"),
                locale.pick("片区", "Zone"), locale.pick("房号", "Room"), locale.pick("业主", "Owner"),
                locale.pick("管家", "Steward"), locale.pick("不满意原因", "Reason"),
                locale.pick("原因分类", "Category"), locale.pick("调查日期", "Surveyed on"));
        mapper.scoredThree(digest.month().toString(), projects, context -> {
            ScoredThreeHousehold household = context.getResultObject();
            sheet.row(household.projectCode(), household.projectName(), household.zone(), household.roomKey(),
                    household.ownerName(), stewards.of(household.projectCode(), household.zone(), locale),
                    household.reason(),
                    CategoryNames.of(classifier.classify(household.reasonCategory(), household.reason()), locale),
                    household.surveyedOn());
        });
    }

    private void dataIssues(ReportWorkbook book, String runKey) {
        SheetWriter sheet = book.sheet(locale.pick("数据问题", "Data issues"),
                locale.pick("文件", "File"), locale.pick("工作表", "Sheet"), locale.pick("行号", "Row"),
                locale.pick("列", "Column"), locale.pick("值", "Value"), locale.pick("原因", "Reason"),
                locale.pick("整行跳过", "Row skipped"));
        mapper.dataIssues(runKey, context -> {
            RunDataIssue issue = context.getResultObject();
            sheet.row(issue.fileName(), issue.sheet(), issue.rowNo(), issue.columnName(), issue.cellValue(),
                    issue.reason(), issue.rowSkipped() ? locale.pick("是", "yes") : locale.pick("否", "no"));
        });
    }
}
