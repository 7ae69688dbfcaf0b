package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What other features may learn about the current tenant's users. */
@ApplicationScoped
public class UserDirectory {

    @Inject
    UserRepository users;

    /** The user, if they exist in the current tenant and are active. */
    @Transactional
    public Optional<UserSummary> findActive(UserId id) {
        return users.find(id).filter(User::isActive).map(u -> new UserSummary(u.id(), u.name()));
    }

    /** Display names of the given users of the current tenant; unknown ids are left out. */
    @Transactional
    public Map<UserId, String> names(Set<UserId> ids) {
        return users.findAll(ids).stream().collect(Collectors.toMap(User::id, User::name));
    }
}
