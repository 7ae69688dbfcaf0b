package io.tacitcrm.activity.service;

import java.util.List;

/** The oldest of one's overdue follow-ups, and how many there are in all. */
public record FollowUps(List<ActivityView> oldest, long count) {

    public FollowUps {
        oldest = List.copyOf(oldest);
    }
}
