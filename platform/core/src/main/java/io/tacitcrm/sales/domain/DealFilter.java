package io.tacitcrm.sales.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.customer.domain.SearchTerm;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.UserId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Which deals a list or board shows besides what the viewer may see: one owner's, a team's members', those
 * expected to close within a range of dates (a month, say), those whose name holds a term. Every part is optional;
 * together they narrow.
 */
public record DealFilter(Optional<UserId> owner, Optional<TeamId> team, Optional<LocalDate> closeFrom,
                         Optional<LocalDate> closeTo, Optional<SearchTerm> name) {

    public static final DealFilter NONE = new DealFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public DealFilter(Optional<UserId> owner, Optional<TeamId> team, Optional<LocalDate> closeFrom,
                      Optional<LocalDate> closeTo) {
        this(owner, team, closeFrom, closeTo, Optional.empty());
    }

    public DealFilter {
        Objects.requireNonNull(owner);
        Objects.requireNonNull(team);
        Objects.requireNonNull(closeFrom);
        Objects.requireNonNull(closeTo);
        Objects.requireNonNull(name);
        if (closeFrom.isPresent() && closeTo.isPresent() && closeTo.get().isBefore(closeFrom.get())) {
            throw InvalidInputException.of("closeTo", "range", "must not be before closeFrom");
        }
    }

    public static DealFilter owner(Optional<UserId> owner) {
        return new DealFilter(owner, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public DealFilter closingIn(Optional<YearMonth> month) {
        return new DealFilter(owner, team, month.map(m -> m.atDay(1)), month.map(YearMonth::atEndOfMonth), name);
    }

    public static DealFilter named(SearchTerm term) {
        return new DealFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(term));
    }
}
