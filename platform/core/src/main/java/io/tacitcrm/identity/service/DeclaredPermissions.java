package io.tacitcrm.identity.service;

import java.util.Set;

/**
 * Permissions declared outside the core (by the company's switched-on modules), so a role may be granted them. The
 * plugin platform provides the one implementation; identity knows nothing else about modules.
 */
public interface DeclaredPermissions {

    /** The codes the current company's switched-on modules declare. */
    Set<String> codes();
}
