package io.tacitcrm.it.access;

import java.util.List;

/**
 * A random workspace, as genes interpreted modulo what exists: extra roles hang under any earlier role, users sit on
 * any role below the top one, accounts belong to any user, shares point at any account and any grantee.
 */
record Scenario(List<Integer> extraRoleParents, List<Integer> userRoles, List<Integer> accountOwners, List<ShareGene> shares,
                String orgDefault) {

    record ShareGene(int account, String granteeType, int grantee, String access) {
    }
}
