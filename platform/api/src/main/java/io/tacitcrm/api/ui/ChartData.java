package io.tacitcrm.api.ui;

import io.tacitcrm.api.ui.Chart.Kind;
import io.tacitcrm.api.ui.Chart.Series;
import java.util.List;
import java.util.stream.Collectors;

/** A chart's numbers and what ECharts and a spreadsheet make of them: no Vaadin here, so it is tested alone. */
record ChartData(Kind kind, String title, List<String> categories, List<Series> series) {

    ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** The ECharts option, as JSON. */
    String option() {
        StringBuilder json = new StringBuilder("{\"aria\":{\"enabled\":true},\"tooltip\":{\"trigger\":\"")
                .append(kind == Kind.PIE ? "item" : "axis")
                .append("\"},\"legend\":{\"type\":\"scroll\",\"bottom\":0},");
        if (kind == Kind.PIE) {
            json.append("\"series\":[{\"type\":\"pie\",\"radius\":\"65%\",\"name\":").append(text(title))
                    .append(",\"data\":[");
            List<? extends Number> values = series.getFirst().values();
            for (int i = 0; i < categories.size(); i++) {
                json.append(i == 0 ? "" : ",").append("{\"name\":").append(text(categories.get(i)))
                        .append(",\"value\":").append(number(values.get(i))).append('}');
            }
            return json.append("]}]}").toString();
        }
        json.append("\"grid\":{\"left\":8,\"right\":8,\"top\":16,\"bottom\":32,\"containLabel\":true},")
                .append("\"xAxis\":{\"type\":\"category\",\"data\":[")
                .append(categories.stream().map(ChartData::text).collect(Collectors.joining(",")))
                .append("]},\"yAxis\":{\"type\":\"value\"").append(counts() ? ",\"minInterval\":1" : "")
                .append("},\"series\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            json.append(i == 0 ? "" : ",").append("{\"type\":\"").append(kind == Kind.BAR ? "bar" : "line")
                    .append("\",\"name\":").append(text(s.name())).append(",\"data\":[")
                    .append(s.values().stream().map(ChartData::number).collect(Collectors.joining(","))).append("]}");
        }
        return json.append("]}").toString();
    }

    /** Whether every value is whole: then the axis has no steps between whole numbers (no "0.5 customers"). */
    private boolean counts() {
        return series.stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v.doubleValue() == Math.rint(v.doubleValue()));
    }

    /** The numbers as CSV: a header of the series, a row per category. */
    String csv() {
        StringBuilder csv = new StringBuilder(cell("")).append(series.stream().map(s -> "," + cell(s.name()))
                .collect(Collectors.joining())).append("\r\n");
        for (int i = 0; i < categories.size(); i++) {
            int row = i;
            csv.append(cell(categories.get(i))).append(series.stream().map(s -> "," + number(s.values().get(row)))
                    .collect(Collectors.joining())).append("\r\n");
        }
        return csv.toString();
    }

    static String number(Number value) {
        double d = value.doubleValue();
        return Double.isFinite(d) ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : Double.toString(d)) : "null";
    }

    /** A JSON string. */
    static String text(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c"); // never a closing script tag, wherever the text ends up
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String cell(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n")
                || value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@");
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
