package io.tacitcrm.activity.domain;

import io.tacitcrm.sales.domain.ActivityType;
import java.util.Map;

/** The day's footprints in numbers, generated from what was logged: done and planned per type, customers touched. */
public record DaySummary(Map<ActivityType, Integer> done, Map<ActivityType, Integer> planned, int customers) {

    public DaySummary {
        done = Map.copyOf(done);
        planned = Map.copyOf(planned);
    }
}
