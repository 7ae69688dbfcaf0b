package io.tacitcrm.customer.infrastructure;

import io.tacitcrm.access.domain.RecordFieldSource;
import io.tacitcrm.customer.domain.Account;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An account's fields that criteria-based sharing rules test. */
@ApplicationScoped
class AccountFields implements RecordFieldSource {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public String objectType() {
        return Account.OBJECT_TYPE;
    }

    /** From the account the transaction has usually loaded already (the entity manager returns it without a query). */
    @Override
    public Map<String, String> fieldsOf(UUID recordId) {
        Map<String, String> fields = new HashMap<>();
        account(recordId).ifPresent(a -> {
            a.details().region().ifPresent(r -> fields.put("region", r));
            a.details().industry().ifPresent(i -> fields.put("industry", i));
            a.details().valueTier().ifPresent(t -> fields.put("valueTier", t.name()));
        });
        return fields;
    }

    @Override
    public boolean ownerLapsed(UUID recordId) {
        return account(recordId).map(Account::pooled).orElse(false);
    }

    private Optional<Account> account(UUID id) {
        return Optional.ofNullable(em().find(Account.class, id));
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
