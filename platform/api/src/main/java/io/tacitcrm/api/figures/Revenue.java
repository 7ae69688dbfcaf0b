package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Won revenue of one customer or one owner.
 *
 * @param id      the customer's or the owner's id
 * @param name    the customer's or owner's name; empty for a customer the user may not open (its deals may still be
 *                visible to them, through a share of the deal)
 * @param ownerId for a customer, its owner; for an owner, the same as {@code id}
 * @param amount  the sum of the won deals' amounts
 * @param deals   how many won deals were summed
 */
@Beta
public record Revenue(UUID id, Optional<String> name, UUID ownerId, BigDecimal amount, int deals) {
}
