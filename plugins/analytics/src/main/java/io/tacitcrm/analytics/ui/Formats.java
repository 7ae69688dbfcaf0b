package io.tacitcrm.analytics.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** Numbers as the user reads them: amounts without cents, shares as percents, unknown as a dash. */
final class Formats {

    private final NumberFormat amount;
    private final NumberFormat percent;

    Formats(Locale locale) {
        amount = NumberFormat.getNumberInstance(locale);
        amount.setMaximumFractionDigits(0);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
    }

    String amount(BigDecimal value) {
        return amount.format(value);
    }

    String amount(Optional<BigDecimal> value) {
        return value.map(this::amount).orElse("—");
    }

    String percent(double share) {
        return percent.format(share);
    }

    String percent(Optional<Double> share) {
        return share.map(this::percent).orElse("—");
    }

    String days(Optional<Double> days) {
        return days.map(d -> String.format(Locale.ROOT, "%.1f", d)).orElse("—");
    }
}
