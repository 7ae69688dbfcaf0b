package io.tacitcrm.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Users of the current tenant. */
public interface UserRepository {

    Optional<User> find(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    List<User> findAll(Collection<UserId> ids);

    /** How many users, active or not, hold this role. */
    long countWithRole(RoleId role);

    /** Every user of the tenant, by name. */
    List<User> all();

    /** Every active user of the tenant. */
    List<User> allActive();

    void add(User user);

    /** How many users other than {@code me} have no role, or a role that is not strictly below {@code path}. */
    long countOutside(UserId me, RolePath path);
}
