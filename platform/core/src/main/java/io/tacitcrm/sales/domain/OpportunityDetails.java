package io.tacitcrm.sales.domain;

import static io.tacitcrm.common.domain.TextRules.tidy;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.StoredFacts;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.customer.domain.ContactId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The editable facts of an opportunity (its stage moves separately, through the stage's requirements). */
public record OpportunityDetails(String name, Optional<BigDecimal> amount, String currency,
        Optional<LocalDate> closeDate,
                                 Optional<ContactId> primaryContact, Optional<String> nextStep) {

    /** numeric(16, 2): fourteen digits before the point. */
    public static final BigDecimal AMOUNT_MAX = new BigDecimal("99999999999999.99");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    public OpportunityDetails {
        name = name == null ? "" : name.strip();
        nextStep = tidy(nextStep);
        amount = amount == null ? Optional.empty() : amount;
        currency = currency == null ? "" : currency.strip();
        closeDate = closeDate == null ? Optional.empty() : closeDate;
        primaryContact = primaryContact == null ? Optional.empty() : primaryContact;
        if (StoredFacts.areInput()) {
            TextRules.throwIfAny(problems(name, amount, currency, closeDate, nextStep));
        }
        amount = amount.map(a -> a.setScale(2, RoundingMode.UNNECESSARY));
    }

    private static List<FieldError> problems(String name, Optional<BigDecimal> amount, String currency,
                                             Optional<LocalDate> closeDate, Optional<String> nextStep) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "name", name, 200);
        TextRules.optional(errors, "nextStep", nextStep, 500);
        amount.ifPresent(a -> {
            if (a.signum() < 0) {
                errors.add(new FieldError("amount", "negative", "must not be negative"));
            } else if (a.compareTo(AMOUNT_MAX) > 0) {
                errors.add(new FieldError("amount", "too-large", "must be at most " + AMOUNT_MAX.toPlainString()));
            } else if (a.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError("amount", "scale", "must have at most two decimals"));
            }
        });
        if (!isCurrency(currency)) {
            errors.add(new FieldError("currency", "currency.invalid", "must be an ISO 4217 code such as CNY or USD"));
        }
        closeDate.filter(d -> d.isBefore(EARLIEST) || d.isAfter(LATEST)).ifPresent(d ->
                errors.add(new FieldError("closeDate", "range", "must be between " + EARLIEST + " and " + LATEST)));
        return errors;
    }

    private static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
