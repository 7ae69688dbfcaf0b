package io.tacitcrm.ui.sales;

import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.sales.domain.OpportunityDetails;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the opportunity form edits, named as the service names the fields (so {@code primaryContactId}); the
 * {@link OpportunityDetails} are the authority on amounts, currencies and lengths.
 */
public record OpportunityForm(@NotBlank(message = "{tacit.required}")
        String name,
        BigDecimal amount,
        @NotBlank(message = "{tacit.required}") String currency,
        LocalDate closeDate,
        ContactId primaryContactId,
        String nextStep) {

    public static OpportunityForm blank() {
        return new OpportunityForm("", null, "CNY", null, null, "");
    }

    public static OpportunityForm of(OpportunityDetails d) {
        return new OpportunityForm(d.name(), d.amount().orElse(null), d.currency(), d.closeDate().orElse(null),
                d.primaryContact().orElse(null), d.nextStep().orElse(""));
    }

    public OpportunityDetails details() {
        return new OpportunityDetails(name, Optional.ofNullable(amount), currency, Optional.ofNullable(closeDate),
                Optional.ofNullable(primaryContactId), Optional.ofNullable(nextStep));
    }
}
