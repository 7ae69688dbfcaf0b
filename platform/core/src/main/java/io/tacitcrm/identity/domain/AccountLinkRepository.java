package io.tacitcrm.identity.domain;

import java.util.List;
import java.util.Optional;

/** The current workspace's one-time links. */
public interface AccountLinkRepository {

    void add(AccountLink link);

    Optional<AccountLink> findBySecretHash(String secretHash);

    /** A user's links of one purpose not yet spent (expired ones too). */
    List<AccountLink> unspent(UserId user, LinkPurpose purpose);
}
