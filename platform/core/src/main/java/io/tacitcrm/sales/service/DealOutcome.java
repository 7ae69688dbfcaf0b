package io.tacitcrm.sales.service;

import java.util.Optional;
import java.util.UUID;

/** Why a closed deal was won or lost (a reason from the company's list, by id and label), and against whom. */
public record DealOutcome(Optional<UUID> reasonId, Optional<String> reason, Optional<String> competitor) {
}
