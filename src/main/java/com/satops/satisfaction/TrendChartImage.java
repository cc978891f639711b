package com.satops.satisfaction;

import com.satops.common.report.AtomicWrite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * The 12-month trend as a PNG for the mail body ({@code cid:chart}). It is drawn
 * off-screen (headless) and holds only digits and Latin letters: servers often
 * have no Chinese font, and the mail's HTML says what the chart shows.
 */
final class TrendChartImage {

    static final int WIDTH = 760;
    static final int HEIGHT = 360;
    /** ImageIO's PNG quality: 1 stores, 0 deflates hardest; 0.75 is about deflate level 2. */
    private static final float PNG_QUALITY = 0.75f;

    private TrendChartImage() {
    }

    static Path render(ScopeDigest digest, Path target) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).build();
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {new Color(0x1F, 0x6F, 0xB5)});
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getStyler().setYAxisDecimalPattern("0'%'");
        chart.getStyler().setXAxisLabelRotation(30);

        List<String> months = new ArrayList<>();
        List<Double> percents = new ArrayList<>();
        double lowest = 100;
        for (MonthPoint point : digest.trend()) {
            months.add(point.month().toString());
            Double percent = point.hasResponses() ? point.rate().doubleValue() * 100 : null;
            percents.add(percent);
            if (percent != null) {
                lowest = Math.min(lowest, percent);
            }
        }
        chart.getStyler().setYAxisMin(Math.max(0, Math.floor((lowest - 5) / 10) * 10));
        chart.getStyler().setYAxisMax(100.0);
        chart.addSeries("rate", months, percents);
        return save(chart, target);
    }

    /**
     * Paints on an opaque image and writes it with a light deflate level: the chart is white throughout, so
     * an alpha channel is a quarter more bytes for the PNG filters to work through for nothing, and the
     * default level takes a fifth longer for a file an eighth smaller. A company of a thousand projects
     * draws a thousand charts a month.
     */
    private static Path save(CategoryChart chart, Path target) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            chart.paint(graphics, WIDTH, HEIGHT);
        } finally {
            graphics.dispose();
        }
        return AtomicWrite.to(target, out -> writePng(image, out));
    }

    private static void writePng(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam light = writer.getDefaultWriteParam();
            light.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            light.setCompressionQuality(PNG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), light);
        } finally {
            writer.dispose();
        }
    }
}
