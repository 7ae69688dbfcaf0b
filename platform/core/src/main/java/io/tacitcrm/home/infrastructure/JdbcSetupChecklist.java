package io.tacitcrm.home.infrastructure;

import io.tacitcrm.home.domain.SetupChecklist;
import io.tacitcrm.home.domain.SetupProgress;
import io.tacitcrm.home.domain.SetupStep;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/** One statement of five existence checks, each stopping at the first row it finds. */
@ApplicationScoped
class JdbcSetupChecklist implements SetupChecklist {

    private static final String PROGRESS = "select"
            + " exists (select 1 from audit_entry where tenant_id = ? and entity_type = 'process'"
            + " and action = 'UPDATE'),"
            + " (select count(*) from (select 1 from app_user where tenant_id = ? limit 2) two) > 1,"
            + " exists (select 1 from account where tenant_id = ? and not sample),"
            + " exists (select 1 from sales_target where tenant_id = ?),"
            + " exists (select 1 from tenant_plugin where tenant_id = ? and enabled)";

    @Inject
    TenantSql sql;

    @Override
    public SetupProgress progress() {
        return sql.query(PROGRESS, ps -> {
            for (int i = 1; i <= SetupStep.values().length; i++) {
                ps.setObject(i, sql.tenant());
            }
        }, rs -> {
            Set<SetupStep> done = EnumSet.noneOf(SetupStep.class);
            rs.next();
            for (SetupStep step : SetupStep.values()) {
                if (rs.getBoolean(step.ordinal() + 1)) {
                    done.add(step);
                }
            }
            return new SetupProgress(done);
        });
    }
}
