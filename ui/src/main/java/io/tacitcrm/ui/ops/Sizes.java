package io.tacitcrm.ui.ops;

import io.tacitcrm.ops.domain.TenantOverview;
import java.text.NumberFormat;
import java.util.Locale;

/** Byte counts as people read them (1.2 MB), in the viewer's number format; figures not measured yet as a dash. */
final class Sizes {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private Sizes() {
    }

    /** A figure of the usage measurement, or "—" while the workspace has not been measured. */
    static String measured(TenantOverview tenant, String figure) {
        return tenant.measuredAt().isPresent() ? figure : "—";
    }

    static String bytes(long bytes, Locale locale) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return format.format(value) + " " + UNITS[unit];
    }
}
