package io.tacitcrm.activity.domain;

import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Footprints of the current tenant. */
public interface ActivityRepository {

    Optional<Activity> find(ActivityId id);

    /** Up to {@code limit + 1} footprints matching the query, newest first. */
    List<Activity> page(ActivityQuery query);

    /** The owner's planned footprints whose time lies before {@code before}, oldest first, at most {@code limit}. */
    List<Activity> overdue(UserId owner, Instant before, int limit);

    /** How many planned footprints of the owner lie before {@code before}. */
    long countOverdue(UserId owner, Instant before);

    void add(Activity activity);

    void remove(Activity activity);

    void flush();
}
