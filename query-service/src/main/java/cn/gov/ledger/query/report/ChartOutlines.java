package cn.gov.ledger.query.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Turns the charts' SVG text into outlines drawn with the PDF's own Chinese font, for the PDF only: the
 * SVG renderer cannot place text in a font it has to find by name, so each label becomes a filled path
 * at the same place, size and colour (and the same transform, for the rotated axis label).
 */
final class ChartOutlines {

    private static final Pattern SIZE = Pattern.compile("font-size:\\s*([0-9.]+)px");
    private static final Pattern FILL = Pattern.compile("fill:\\s*([^;]+);");
    private static final Pattern BOLD = Pattern.compile("font-weight:\\s*bold");
    /** In the SVG namespace: an element of the HTML one inside an svg is not drawn. */
    private static final Tag PATH = Tag.valueOf("path", Parser.NamespaceSvg, ParseSettings.preserveCase);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private ChartOutlines() {
    }

    static void outline(Document page, Font font) {
        for (Element text : page.select("svg text")) {
            String style = text.attr("style");
            Matcher size = SIZE.matcher(style);
            Matcher fill = FILL.matcher(style);
            Font sized = font.deriveFont(BOLD.matcher(style).find() ? Font.BOLD : Font.PLAIN,
                    size.find() ? Float.parseFloat(size.group(1)) : 12f);
            float x = Float.parseFloat(text.attr("x").isEmpty() ? "0" : text.attr("x"));
            float y = Float.parseFloat(text.attr("y").isEmpty() ? "0" : text.attr("y"));
            Element path = new Element(PATH, "").attr("d", path(sized, text.text(), x, y))
                    .attr("fill", fill.find() ? fill.group(1).trim() : "black");
            if (text.hasAttr("transform")) {
                path.attr("transform", text.attr("transform"));
            }
            text.replaceWith(path);
        }
    }

    private static String path(Font font, String text, float x, float y) {
        StringBuilder d = new StringBuilder();
        float[] point = new float[6];
        for (PathIterator it = font.createGlyphVector(CONTEXT, text).getOutline(x, y).getPathIterator(null);
             !it.isDone(); it.next()) {
            switch (it.currentSegment(point)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(numbers(point, 2));
                case PathIterator.SEG_LINETO -> d.append('L').append(numbers(point, 2));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(numbers(point, 4));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(numbers(point, 6));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String numbers(float[] point, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", point[i]));
        }
        return out.toString();
    }
}
