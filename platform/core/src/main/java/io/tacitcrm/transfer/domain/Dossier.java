package io.tacitcrm.transfer.domain;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;

/**
 * What the previous owner leaves the new one about one customer, as it stood at the transfer: key contacts and their
 * roles, the last footprints, open deals, planned footprints — a JSON document written once.
 */
public record Dossier(TransferId transfer, AccountId account, UserId previousOwner, String body) {
}
