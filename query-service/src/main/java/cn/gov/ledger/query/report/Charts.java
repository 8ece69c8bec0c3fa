package cn.gov.ledger.query.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's charts, drawn on the server by JFreeChart into SVG (JFreeSVG). Text stays text in the
 * SVG, and every font is named as a CJK-capable family list, so the reader's browser draws the Chinese
 * labels with a font it has, whatever fonts the server has.
 */
final class Charts {

    /**
     * Unquoted (each name is a run of CSS identifiers, which CSS allows): JFreeSVG writes the list into
     * a single-quoted style attribute, where quotes of either kind would end or confuse it.
     */
    static final String FONT_FAMILIES = "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, "
            + "SimSun, sans-serif";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final String AMOUNT_FORMAT = "#,##0.00";

    private Charts() {
    }

    /**
     * Bars per category (e.g. 2023年度, 2024年度), one bar per series (e.g. 收入总计, 支出总计).
     *
     * @param values series → category → 万元, in the order to draw
     */
    static String bars(String id, Map<String, Map<String, BigDecimal>> values) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        values.forEach((series, byCategory) -> byCategory.forEach((category, amount) ->
                dataset.addValue(amount, series, category)));
        JFreeChart chart = ChartFactory.createBarChart(null, null, "万元", dataset, PlotOrientation.VERTICAL,
                true, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat(AMOUNT_FORMAT)));
        renderer.setDefaultItemLabelsVisible(true);
        return svg(chart, id);
    }

    /** A pie of shares, labelled "name amount万元 (percent)"; a pie of nothing says 无数据. */
    static String pie(String id, Map<String, BigDecimal> shares) {
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        shares.forEach((name, amount) -> {
            if (amount.signum() > 0) {
                dataset.setValue(name, amount);
            }
        });
        JFreeChart chart = ChartFactory.createPieChart(null, dataset, true, false, false);
        theme().apply(chart);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        // A zero-width stroke is still drawn as a hairline in SVG (JFreeSVG's zero stroke width): no outline
        // at all, neither round the plot nor along the radius of a single 100% section.
        plot.setOutlineVisible(false);
        plot.setSectionOutlinesVisible(false);
        plot.setShadowPaint(null);
        plot.setNoDataMessage("无数据");
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {1}万元（{2}）",
                new DecimalFormat(AMOUNT_FORMAT), new DecimalFormat("0.0%")));
        return svg(chart, id);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("report");
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        return theme;
    }

    private static String svg(JFreeChart chart, String id) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        // Several charts share one HTML page: their clip-path and gradient ids must not collide.
        graphics.setDefsKeyPrefix(id + "-");
        graphics.setFontFunction(family -> FONT_FAMILIES);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGElement(id);
    }
}
