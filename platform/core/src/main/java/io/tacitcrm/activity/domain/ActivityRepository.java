package io.tacitcrm.activity.domain;

import java.util.List;
import java.util.Optional;

/** Footprints of the current tenant. */
public interface ActivityRepository {

    Optional<Activity> find(ActivityId id);

    /** Up to {@code limit + 1} footprints matching the query, newest first. */
    List<Activity> page(ActivityQuery query);

    void add(Activity activity);

    void remove(Activity activity);

    void flush();
}
