package io.tacitcrm.plugin.domain;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.api.figures.Owners;
import java.util.Optional;

/**
 * Which records a figure may count: those the viewer may open (deals and customers have visibility of their own),
 * owned as {@code owners} says. {@code rolePath} is the named role's path when owners are a role and those below it;
 * empty there means the role does not exist, and nothing is counted.
 */
public record FigureScope(Viewer deals, Viewer customers, Owners owners, Optional<String> rolePath) {

    /** True when the owners asked for can own nothing (an unknown role). */
    public boolean empty() {
        return owners.kind() == Owners.Kind.ROLE_AND_BELOW && rolePath.isEmpty();
    }
}
