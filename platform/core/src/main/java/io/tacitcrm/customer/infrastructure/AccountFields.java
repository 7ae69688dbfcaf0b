package io.tacitcrm.customer.infrastructure;

import io.tacitcrm.access.domain.RecordFieldSource;
import io.tacitcrm.common.infrastructure.TransactionEntityManagers;
import io.tacitcrm.customer.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
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

    @Override
    public Map<String, String> fieldsOf(UUID recordId) {
        Map<String, String> fields = new HashMap<>();
        em().createQuery("select a.region, a.industry, a.valueTier from Account a where a.id = :id", Object[].class)
                .setParameter("id", recordId).getResultStream().findFirst().ifPresent(row -> {
                    if (row[0] != null) {
                        fields.put("region", (String) row[0]);
                    }
                    if (row[1] != null) {
                        fields.put("industry", (String) row[1]);
                    }
                    if (row[2] != null) {
                        fields.put("valueTier", row[2].toString());
                    }
                });
        return fields;
    }

    private jakarta.persistence.EntityManager em() {
        return entityManagers.tenantData();
    }
}
