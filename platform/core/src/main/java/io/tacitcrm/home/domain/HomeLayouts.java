package io.tacitcrm.home.domain;

import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/** The current tenant's users' home layouts. */
public interface HomeLayouts {

    Optional<HomeLayout> of(UserId user);

    void save(UserId user, HomeLayout layout);
}
