package io.tacitcrm.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    @Test
    void the_option_carries_the_categories_and_series_as_json_with_text_escaped() {
        ChartData chart = new ChartData(Chart.Kind.BAR, "Won", List.of("Li \"Na\"", "</script>"),
                List.of(new Chart.Series("Deals", List.of(3, 5))));

        String option = chart.option();

        assertTrue(option.contains("\"data\":[\"Li \\\"Na\\\"\",\"\\u003c/script>\"]"), option);
        assertTrue(option.contains("{\"type\":\"bar\",\"name\":\"Deals\",\"data\":[3,5]}"), option);
        assertTrue(option.contains("\"minInterval\":1"), "whole numbers only: no half steps");
    }

    @Test
    void the_csv_has_a_row_per_category_and_keeps_formulas_from_running_in_a_spreadsheet() {
        ChartData chart = new ChartData(Chart.Kind.LINE, "Target", List.of("=cmd()", "Zhang"),
                List.of(new Chart.Series("Target", List.of(new BigDecimal("100000.50"), BigDecimal.ZERO))));

        assertEquals(",Target\r\n\"'=cmd()\",100000.5\r\nZhang,0\r\n", chart.csv());
    }

    @Test
    void a_series_must_have_a_value_for_every_category() {
        assertThrows(IllegalArgumentException.class, () -> new ChartData(Chart.Kind.BAR, "x", List.of("a", "b"),
                List.of(new Chart.Series("s", List.of(1)))));
    }
}
