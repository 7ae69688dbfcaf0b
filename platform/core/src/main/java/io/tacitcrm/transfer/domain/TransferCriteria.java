package io.tacitcrm.transfer.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which customers a transfer takes, every part optional and combined with AND: named accounts, current owners, regions,
 * industries, value tiers, and "no footprint for N days". Nothing given selects every customer the caller may transfer.
 */
public record TransferCriteria(List<UUID> accountIds, List<UUID> ownerIds, List<String> regions,
        List<String> industries,
                               List<String> valueTiers, Optional<Integer> untouchedDays) {

    public TransferCriteria {
        accountIds = List.copyOf(accountIds);
        ownerIds = List.copyOf(ownerIds);
        regions = List.copyOf(regions);
        industries = List.copyOf(industries);
        valueTiers = List.copyOf(valueTiers);
    }

    /** A compact, stable description for the audit log and the transfer record. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        part(text, "accounts", accountIds.size() > 20 ? List.of(accountIds.size() + " ids") : accountIds);
        part(text, "owners", ownerIds);
        part(text, "regions", regions);
        part(text, "industries", industries);
        part(text, "valueTiers", valueTiers);
        untouchedDays.ifPresent(d -> text.append(text.isEmpty() ? "" : "; ").append("untouchedDays=").append(d));
        return text.isEmpty() ? "all transferable customers" : text.toString();
    }

    private static void part(StringBuilder text, String name, List<?> values) {
        if (!values.isEmpty()) {
            text.append(text.isEmpty() ? "" : "; ").append(name).append('=').append(values);
        }
    }
}
