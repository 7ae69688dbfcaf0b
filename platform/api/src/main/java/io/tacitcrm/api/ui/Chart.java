package io.tacitcrm.api.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tacitcrm.api.Beta;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A chart drawn by Apache ECharts (served by the host; no front-end build), built in Java from the numbers, with the
 * same numbers as a table for screen readers and for anyone who prefers them, and downloads as PNG and CSV. Texts
 * (title, categories, series names) are yours, in the user's language; numbers are formatted by the user's locale.
 *
 * <pre>{@code
 * Chart chart = Chart.bar("Won by month", List.of("Jan", "Feb"), List.of(new Chart.Series("Won", List.of(3, 5))));
 * }</pre>
 */
@Beta
@Tag("div")
public final class Chart extends Component implements HasSize {

    /** The host serves this script; the chart loads it once per page. */
    public static final String SCRIPT = "context://webjars/echarts/5.5.0/echarts.min.js";

    /** The kinds of chart. */
    public enum Kind { BAR, LINE, PIE }

    /** One named row of values, one per category. */
    public record Series(String name, List<? extends Number> values) {

        public Series {
            Objects.requireNonNull(name);
            values = List.copyOf(values);
        }
    }

    private final ChartData data;
    private final String title;
    private final List<String> categories;
    private final List<Series> series;
    private final Div canvas = new Div();

    private Chart(Kind kind, String title, List<String> categories, List<Series> series) {
        this.data = new ChartData(kind, title, categories, series);
        this.title = title;
        this.categories = data.categories();
        this.series = data.series();
        setWidthFull();
        canvas.setWidthFull();
        canvas.setHeight("16rem");
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", title);
        getElement().appendChild(canvas.getElement(), table().getElement(), downloads().getElement());
    }

    /** Bars: one group per category, one bar per series. */
    public static Chart bar(String title, List<String> categories, List<Series> series) {
        return new Chart(Kind.BAR, title, categories, series);
    }

    /** Lines: one per series, over the categories (e.g. days). */
    public static Chart line(String title, List<String> categories, List<Series> series) {
        return new Chart(Kind.LINE, title, categories, series);
    }

    /** A pie of one value per category. */
    public static Chart pie(String title, List<String> categories, List<? extends Number> values) {
        return new Chart(Kind.PIE, title, categories, List.of(new Series(title, values)));
    }

    /** The chart's height (16rem unless set). */
    public Chart height(String cssHeight) {
        canvas.setHeight(cssHeight);
        return this;
    }

    public Kind kind() {
        return data.kind();
    }

    /** The ECharts option this chart draws, as JSON. */
    public String option() {
        return data.option();
    }

    /** The numbers as CSV: a header of the series, a row per category. */
    public String csv() {
        return data.csv();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(SCRIPT);
        String locale = attach.getUI().getLocale().getLanguage().equals(Locale.CHINESE.getLanguage()) ? "ZH" : "EN";
        // the script may still be loading: draw once it is there, and follow the card's size
        canvas.getElement().executeJs("""
                const el = this, option = JSON.parse($0), locale = $1;
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {locale: locale});
                  chart.setOption(option, true);
                  if (!el.__tacitResize) {
                    el.__tacitResize = new ResizeObserver(() => chart.resize());
                    el.__tacitResize.observe(el);
                  }
                };
                draw();""", option(), locale);
    }

    /** The numbers as a table, folded away under the chart. */
    private NativeDetails table() {
        Element table = new Element("table");
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        Element head = new Element("tr");
        head.appendChild(new Element("th"));
        series.forEach(s -> head.appendChild(cellElement("th", s.name())));
        table.appendChild(head);
        for (int i = 0; i < categories.size(); i++) {
            Element row = new Element("tr");
            row.appendChild(cellElement("th", categories.get(i)));
            int index = i;
            series.forEach(s -> row.appendChild(cellElement("td", format(s.values().get(index)))));
            table.appendChild(row);
        }
        Div wrapper = new Div();
        wrapper.getStyle().set("overflow-x", "auto");
        wrapper.getElement().appendChild(table);
        NativeDetails details = new NativeDetails(getTranslation("chart.table"), wrapper);
        details.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return details;
    }

    private Div downloads() {
        String name = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        byte[] csv = ("\uFEFF" + csv()).getBytes(StandardCharsets.UTF_8);
        Anchor data = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), name + ".csv", "text/csv; charset=UTF-8", csv.length)),
                getTranslation("chart.csv"));
        data.getElement().setAttribute("download", true);
        NativeButton image = new NativeButton(getTranslation("chart.png"), e -> canvas.getElement().executeJs("""
                const chart = window.echarts && echarts.getInstanceByDom(this);
                if (!chart) { return; }
                const link = document.createElement('a');
                link.href = chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
                link.download = $0;
                link.click();""", name + ".png"));
        image.getStyle().set("background", "none").set("border", "none").set("padding", "0")
                .set("color", "var(--lumo-primary-text-color)").set("cursor", "pointer")
                .set("font", "inherit");
        Div links = new Div(image, data);
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        return links;
    }

    private Element cellElement(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text);
        cell.getStyle().set("padding", "2px 8px").set("text-align", tag.equals("td") ? "right" : "left");
        return cell;
    }

    private String format(Number value) {
        return NumberFormat.getNumberInstance(getLocale()).format(value);
    }

}
