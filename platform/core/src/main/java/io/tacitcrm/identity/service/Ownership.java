package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may make whom the owner of a record. Ownership decides who sees a customer, so naming an owner other than
 * oneself is a transfer, under the same rule as {@code POST /transfers}: it needs {@code customer.transfer}, the
 * record must be the caller's or owned below the caller's role, and the new owner must be the caller or an active
 * user below the caller's role. Every feature with owned records asks here, so the rule cannot drift apart.
 */
@ApplicationScoped
public class Ownership {

    @Inject
    CurrentPrincipal caller;
    @Inject
    UserDirectory directory;

    public Ownership() {
    }

    /** For unit tests. */
    Ownership(CurrentPrincipal caller, UserDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /** The owner of a new record: the caller, unless they may transfer to the one they name. */
    public UserId ownerForNew(Optional<UserId> requested) {
        Principal me = caller.require();
        UserId owner = requested.orElse(me.userId());
        if (!owner.equals(me.userId())) {
            requireMayHandTo(me, owner);
        }
        return owner;
    }

    /** Checks that the caller may move a record from {@code current} to {@code next} (a transfer of one record). */
    public void requireMayReassign(UserId current, UserId next) {
        Principal me = caller.require();
        me.require(Permission.CUSTOMER_TRANSFER);
        if (!atOrBelow(me, current)) {
            throw new AccessDeniedException(Permission.CUSTOMER_TRANSFER.code());
        }
        requireMayHandTo(me, next);
    }

    /** Whether {@code target} is the caller or an active user below the caller's role. */
    public boolean mayReceive(UserId target) {
        Principal me = caller.require();
        return directory.findActive(target).isPresent() && atOrBelow(me, target);
    }

    private void requireMayHandTo(Principal me, UserId target) {
        me.require(Permission.CUSTOMER_TRANSFER);
        if (directory.findActive(target).isEmpty()) {
            throw InvalidInputException.of("ownerId", "owner.unknown", "is not an active user of this workspace");
        }
        if (!atOrBelow(me, target)) {
            throw new AccessDeniedException(Permission.CUSTOMER_TRANSFER.code());
        }
    }

    private boolean atOrBelow(Principal me, UserId user) {
        if (user.equals(me.userId())) {
            return true;
        }
        return me.rolePath().flatMap(mine -> directory.member(user).flatMap(Member::role).map(mine::isAbove))
                .orElse(false);
    }
}
