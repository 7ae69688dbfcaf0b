package io.tacitcrm.sales.service;

import java.util.Optional;

/**
 * Why a deal moving into a won or lost stage closes: a reason from the company's list of that kind (its id, as sent)
 * and, if said, the competitor it was won against or lost to.
 */
public record CloseOutcome(Optional<String> reasonId, Optional<String> competitor) {

    public static final int COMPETITOR_MAX = 200;

    public static CloseOutcome none() {
        return new CloseOutcome(Optional.empty(), Optional.empty());
    }
}
