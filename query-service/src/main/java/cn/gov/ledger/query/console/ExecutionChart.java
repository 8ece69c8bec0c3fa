package cn.gov.ledger.query.console;

import cn.gov.ledger.query.execution.Grouping;
import cn.gov.ledger.query.execution.MonthPoint;
import cn.gov.ledger.query.execution.MonthlyView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monthly curve drawn as SVG by the page: x is the day of the year, y the cumulative amount. Budget and
 * spending are polylines through each month's point; time progress is the straight line from nothing on
 * 1 January to the budget as of asOf on 31 December (spending exactly on pace lies on it).
 */
record ExecutionChart(int width, int height, String budget, String spent, List<Point> dots, Point timeStart,
                      Point timeEnd, List<Tick> yTicks, List<Tick> xTicks) {

    static final int WIDTH = 760;
    static final int HEIGHT = 300;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 16;
    private static final int BOTTOM = 34;

    record Point(double x, double y, String label) {
    }

    record Tick(double at, String label) {
    }

    static ExecutionChart of(MonthlyView monthly) {
        List<MonthPoint> months = monthly.months();
        int days = LocalDate.of(monthly.fiscalYear(), 1, 1).lengthOfYear();
        long budgetNow = months.isEmpty() ? 0 : months.get(months.size() - 1).budgetFen();
        long top = Math.max(1, budgetNow);
        for (MonthPoint m : months) {
            top = Math.max(top, Math.max(m.budgetFen(), m.spentFen()));
        }
        double max = top * 1.1;
        StringBuilder budget = new StringBuilder(point(0, 0, days, max));
        StringBuilder spent = new StringBuilder(point(0, 0, days, max));
        List<Point> dots = new ArrayList<>();
        Grouping grouping = new Grouping();
        for (MonthPoint m : months) {
            int day = m.through().getDayOfYear();
            budget.append(' ').append(point(day, m.budgetFen(), days, max));
            spent.append(' ').append(point(day, m.spentFen(), days, max));
            dots.add(new Point(x(day, days), y(m.spentFen(), max), m.month() + "月累计支出 "
                    + grouping.yuan(m.spentFen()) + " 元，执行率 " + (m.rate() == null ? "—" : m.rate() + "%")));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long fen = Math.round(max * i / 4);
            yTicks.add(new Tick(y(fen, max), grouping.yuan(fen / 1_000_000 * 100) + " 万"));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            xTicks.add(new Tick(x(LocalDate.of(monthly.fiscalYear(), month, 1).getDayOfYear() - 1, days),
                    month + "月"));
        }
        return new ExecutionChart(WIDTH, HEIGHT, budget.toString(), spent.toString(), dots,
                new Point(x(0, days), y(0, max), ""), new Point(x(days, days), y(budgetNow, max), ""), yTicks, xTicks);
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    private static String point(int day, long fen, int days, double max) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x(day, days), y(fen, max));
    }

    private static double x(int day, int days) {
        return LEFT + (double) day / days * (WIDTH - LEFT - RIGHT);
    }

    private static double y(long fen, double max) {
        return HEIGHT - BOTTOM - fen / max * (HEIGHT - TOP - BOTTOM);
    }
}
