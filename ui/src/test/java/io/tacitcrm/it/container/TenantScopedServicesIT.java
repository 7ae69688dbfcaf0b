package io.tacitcrm.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.customer.domain.Account;
import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountSort;
import io.tacitcrm.customer.service.AccountChange;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.identity.service.AuthenticationService;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.LoginAttempt;
import io.tacitcrm.it.support.RunningServer;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import io.tacitcrm.tenancy.service.SignupRequest;
import io.tacitcrm.tenancy.service.SignupResult;
import io.tacitcrm.tenancy.service.SignupService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Core services as deployed: the tenant-scoped entity manager, the row-level-security listener and the sign-up
 * transaction. Each test method is one request, so it acts as one tenant; "another tenant" is planted with plain SQL.
 */
@ExtendWith({RunningServer.class, ArquillianExtension.class})
class TenantScopedServicesIT {

    private static final String PASSWORD = "Container-test-42";

    /** The application exactly as built, plus this test and its failing provisioning step. */
    @Deployment
    static WebArchive deployment() {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tacit.war",
                "target/tacit.war")));
        return ShrinkWrap.create(WebArchive.class, "tacit-it.war").merge(built)
                .addClasses(TenantScopedServicesIT.class, FailingProvisioningStep.class, RunningServer.class,
                        Sql.class);
    }

    @Inject
    SignupService signup;
    @Inject
    AuthenticationService authentication;
    @Inject
    CurrentPrincipal principal;
    @Inject
    AccountService accounts;
    @Inject
    TransactionEntityManagers entityManagers;
    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;
    @Resource(lookup = "jdbc/tacitOwner")
    DataSource owner;

    private SignupResult signUpAndLogIn(String prefix) {
        String workspace = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "admin@" + workspace + ".example";
        SignupResult result = signup.signUp(new SignupRequest("Container Co", workspace, "Admin", email, PASSWORD,
                "en"), "127.0.0.1");
        principal.establish(authentication.login(new LoginAttempt(workspace, email, PASSWORD), "127.0.0.1"));
        return result;
    }

    @Test
    void sign_up_leaves_nothing_behind_when_a_later_provisioning_step_fails() throws SQLException {
        String workspace = "rollback-" + UUID.randomUUID().toString().substring(0, 8);
        FailingProvisioningStep.trigger.set(true);
        try {
            assertThrows(RuntimeException.class, () -> signup.signUp(
                    new SignupRequest("Rollback Co", workspace, "Admin", "a@" + workspace + ".example", PASSWORD,
                            "en"), "127.0.0.1"));
        } finally {
            FailingProvisioningStep.trigger.set(false);
        }
        assertEquals(0, ownerCount("select count(*) from tenant where slug = ?", workspace));
        assertEquals(0, ownerCount("select count(*) from app_user where email = ?", "a@" + workspace + ".example"));
    }

    @Test
    void the_service_sees_only_the_bound_tenants_accounts() throws Exception {
        signUpAndLogIn("orm-wall");
        AccountView mine = accounts.open(new AccountChange(details("Mine"), Optional.empty()));
        UUID foreign = plantForeignAccount("Foreign secret");

        assertThrows(NotFoundException.class, () -> accounts.find(new AccountId(foreign)));
        var page = accounts.list(new AccountQuery(Optional.empty(), Optional.empty(), AccountSort.NAME,
                Optional.empty(), new PageLimit(200)));
        assertEquals(1, page.items().size());
        assertEquals(mine.id(), page.items().getFirst().id());
        assertTrue(accounts.list(new AccountQuery(Optional.of("Foreign"), Optional.empty(), AccountSort.NAME,
                Optional.empty(), new PageLimit(10))).items().isEmpty());
    }

    @Test
    void jpql_and_bulk_updates_through_the_tenant_entity_manager_touch_only_the_bound_tenant() throws Exception {
        signUpAndLogIn("jpql-wall");
        accounts.open(new AccountChange(details("Mine"), Optional.empty()));
        UUID foreign = plantForeignAccount("Foreign untouched");

        transaction.begin();
        long visible = entityManagers.tenantData().createQuery("select count(a) from Account a", Long.class)
                .getSingleResult();
        int updated = entityManagers.tenantData().createQuery("update Account a set a.name = 'bulk'").executeUpdate();
        transaction.commit();

        assertEquals(1, visible);
        assertEquals(1, updated);
        assertEquals(1, ownerCountAsTenant(foreignTenant,
                "select count(*) from account where id = ? and name = 'Foreign untouched'", foreign));
    }

    @Test
    void the_orm_filter_alone_keeps_other_tenants_rows_out_when_the_database_setting_points_elsewhere()
            throws Exception {
        signUpAndLogIn("orm-alone");
        accounts.open(new AccountChange(details("Mine"), Optional.empty()));
        UUID foreign = plantForeignAccount("Foreign via wrong setting");

        transaction.begin();
        try {
            var em = entityManagers.tenantData();
            // Point row-level security at the other tenant on the transaction's connection: only the ORM filter is
            // left.
            try (PreparedStatement ps = em.unwrap(Connection.class)
                    .prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                ps.setString(1, foreignTenant.toString());
                ps.execute();
            }
            assertEquals(0L, em.createQuery("select count(a) from Account a", Long.class).getSingleResult());
            assertEquals(null, em.find(Account.class, foreign));
        } finally {
            transaction.rollback();
        }
    }

    /** The platform writes a first page's limit into the SQL: a changed limit or first row must not reuse it. */
    @Test
    void a_query_whose_row_limit_or_first_row_changes_after_it_ran_returns_the_rows_asked_for() throws Exception {
        signUpAndLogIn("limits");
        List<String> names = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo");
        names.forEach(name -> accounts.open(new AccountChange(details(name), Optional.empty())));

        transaction.begin();
        try {
            TypedQuery<String> query = entityManagers.tenantData()
                    .createQuery("select a.name from Account a order by a.name", String.class);
            assertEquals(names.subList(0, 2), query.setMaxResults(2).getResultList());
            assertEquals(names.subList(0, 4), query.setMaxResults(4).getResultList());
            assertEquals(names.subList(1, 5), query.setFirstResult(1).getResultList());
            assertEquals(names.subList(0, 3), query.setFirstResult(0).setMaxResults(3).getResultList());
            assertEquals(names.subList(0, 1), query.setMaxResults(1).getResultList());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void without_a_bound_tenant_no_tenant_entity_manager_can_be_opened() throws Exception {
        transaction.begin();
        try {
            assertThrows(IllegalStateException.class, () -> entityManagers.tenantData().find(Account.class,
                    UUID.randomUUID()));
        } finally {
            transaction.rollback();
        }
    }

    private static AccountDetails details(String name) {
        return new AccountDetails(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private UUID foreignTenant;

    /** Another tenant with one user and one account, written as the owner role (which row-level security binds too). */
    private UUID plantForeignAccount(String name) throws SQLException {
        foreignTenant = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            Sql.execute(c,
                    "insert into tenant (id, slug, name, status, plan, locale, created_at, version) values (?, ?, "
                            + "'Foreign', 'ACTIVE', 'STANDARD', 'en', now(), 1)",
                    foreignTenant, "foreign-" + foreignTenant.toString().substring(0, 8));
            Sql.execute(c, "select set_config('app.tenant_id', ?, true)", foreignTenant.toString());
            Sql.execute(c,
                    "insert into app_user (tenant_id, id, email, name, active, locale, password_hash, created_at, "
                            + "version) values (?, ?, 'f@x.example', 'F', true, 'en', 'x', now(), 1)",
                    foreignTenant, user);
            Sql.execute(c, "insert into account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, "
                            + "version) values (?, ?, ?, ?, ?, now(), now(), 1)",
                    foreignTenant, account, name, user, user);
            c.commit();
        }
        return account;
    }

    private long ownerCount(String sql, Object... params) throws SQLException {
        try (Connection c = owner.getConnection()) {
            return Sql.count(c, sql, params);
        }
    }

    private long ownerCountAsTenant(UUID tenant, String sql, Object... params) throws SQLException {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                Sql.execute(c, "select set_config('app.tenant_id', ?, true)", tenant.toString());
                return Sql.count(c, sql, params);
            } finally {
                c.rollback();
            }
        }
    }
}
