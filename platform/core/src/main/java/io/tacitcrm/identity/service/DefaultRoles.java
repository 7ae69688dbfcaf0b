package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.Grants;
import io.tacitcrm.identity.domain.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The role tree a new tenant starts with, top first: General Manager → Sales Director → Sales Manager → Sales Rep.
 * Each role lists only what it adds; it inherits everything below it. Names follow the tenant's language.
 */
final class DefaultRoles {

    record Template(String english, String chinese, Set<Permission> adds) {
        Grants grants() {
            return Grants.of(adds);
        }

        String name(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? chinese : english;
        }
    }

    static final List<Template> TOP_DOWN = List.of(
            new Template("General Manager", "总经理", EnumSet.of(Permission.USERS_MANAGE, Permission.SHARING_MANAGE,
                    Permission.PLUGINS_MANAGE, Permission.PROCESS_MANAGE, Permission.AUDIT_READ)),
            new Template("Sales Director", "销售总监",
                    EnumSet.of(Permission.CUSTOMER_TRANSFER, Permission.CUSTOMER_EXPORT)),
            new Template("Sales Manager", "销售经理", EnumSet.of(Permission.TARGETS_MANAGE,
                    Permission.OPPORTUNITY_REOPEN)),
            new Template("Sales Rep", "销售代表", EnumSet.of(Permission.CUSTOMER_CREATE)));

    private DefaultRoles() {
    }
}
