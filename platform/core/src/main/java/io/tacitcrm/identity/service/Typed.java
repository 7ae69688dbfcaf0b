package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;
import java.util.Optional;

/** What someone typed on a public screen, if it can be a workspace or an address; unparseable is simply absent. */
final class Typed {

    private Typed() {
    }

    static Optional<WorkspaceSlug> workspace(String typed) {
        try {
            return Optional.of(WorkspaceSlug.parse(typed));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    static Optional<EmailAddress> email(String typed) {
        try {
            return Optional.of(EmailAddress.parse(typed));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
