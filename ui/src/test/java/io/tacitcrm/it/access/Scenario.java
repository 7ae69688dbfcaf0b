package io.tacitcrm.it.access;

import java.util.List;

/**
 * A random workspace, as genes interpreted modulo what exists: extra roles hang under any earlier role, users sit on
 * any role below the top one, accounts belong to any user and lie in a region (or none), shares point at any account
 * and
 * any grantee, teams gather any users, record teams put users on accounts, and sharing rules open accounts by owner or
 * by
 * region to any grantee.
 */
record Scenario(List<Integer> extraRoleParents, List<Integer> userRoles, List<Integer> accountOwners,
        List<ShareGene> shares,
                String orgDefault, Extras extras) {

    record ShareGene(int account, String granteeType, int grantee, String access) {
    }

    record TeamSeatGene(int account, int user, String access) {
    }

    /** kind OWNER: source (ROLE, ROLE_AND_SUBORDINATES, TEAM) and its gene; kind CRITERIA: the region gene. */
    record RuleGene(String kind, String sourceType, int source, int region, String granteeType, int grantee,
            String access) {
    }

    record Extras(List<List<Integer>> teams, List<Integer> accountRegions, List<TeamSeatGene> seats,
            List<RuleGene> rules) {
    }
}
