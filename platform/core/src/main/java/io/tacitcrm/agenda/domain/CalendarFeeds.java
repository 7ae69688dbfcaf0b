package io.tacitcrm.agenda.domain;

import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The users' calendar feeds in the request's workspace: one secret address per user at most. */
public interface CalendarFeeds {

    /** Gives the user a feed with this secret, ending any earlier one. */
    void replace(UserId user, String secretHash, Instant now);

    /** @return whether the user had a feed */
    boolean revoke(UserId user);

    /** When the user's feed was made, if there is one. */
    Optional<Instant> createdAt(UserId user);

    Optional<UserId> ownerOf(String secretHash);

    /** The user's footprints planned or done from {@code from} up to {@code to}, oldest first. */
    List<CalendarEntry> entries(UserId user, Instant from, Instant to, int limit);
}
