package io.tacitcrm.activity.rest;

import io.tacitcrm.activity.domain.GeoPoint;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import java.util.List;
import java.util.Optional;

/**
 * Where a footprint was logged: {@code latitude} and {@code longitude} in WGS 84 degrees, {@code accuracyMeters}
 * how far off the position may be (0 to 100000). All three or none.
 */
public record LocationJson(Double latitude, Double longitude, Integer accuracyMeters) {

    static LocationJson of(GeoPoint p) {
        return new LocationJson(p.latitude(), p.longitude(), p.accuracyMeters());
    }

    /** The position, or field errors (under {@code location.*}) added to {@code errors}. */
    static Optional<GeoPoint> point(List<FieldError> errors, LocationJson location) {
        if (location == null) {
            return Optional.empty();
        }
        if (location.latitude() == null || location.longitude() == null || location.accuracyMeters() == null) {
            errors.add(new FieldError("location", "location.incomplete",
                    "needs latitude, longitude and accuracyMeters"));
            return Optional.empty();
        }
        try {
            return Optional.of(new GeoPoint(location.latitude(), location.longitude(), location.accuracyMeters()));
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return Optional.empty();
        }
    }
}
