package io.tacitcrm.activity.domain;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.TextRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a footprint was logged: WGS 84 latitude and longitude in degrees, as browsers and phones give them, and how
 * far off the position may be, in metres.
 */
public record GeoPoint(double latitude, double longitude, int accuracyMeters) {

    public static final int ACCURACY_MAX = 100_000;

    public GeoPoint {
        List<FieldError> errors = new ArrayList<>();
        if (!(latitude >= -90 && latitude <= 90)) {
            errors.add(new FieldError("location.latitude", "range", "must be between -90 and 90"));
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            errors.add(new FieldError("location.longitude", "range", "must be between -180 and 180"));
        }
        if (accuracyMeters < 0 || accuracyMeters > ACCURACY_MAX) {
            errors.add(new FieldError("location.accuracyMeters", "range", "must be between 0 and " + ACCURACY_MAX));
        }
        TextRules.throwIfAny(errors);
    }
}
