package io.tacitcrm.it.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DESIGN §3 written again, independently of the product code, the plainest way: walk parent links, test each grant.
 * Roles, users, teams and accounts are indexes; -1 is "no parent"; regions are indexes or -1 for none.
 */
final class AccessOracle {

    record Share(int account, String granteeType, int grantee, String access) {
    }

    record Rule(String kind, String sourceType, int source, int region, String granteeType, int grantee,
            String access) {
    }

    private final Map<Integer, Integer> parentOfRole = new HashMap<>();
    private final Map<Integer, Integer> roleOfUser = new HashMap<>();
    private final Map<Integer, Integer> ownerOfAccount = new HashMap<>();
    private final Map<Integer, Integer> regionOfAccount = new HashMap<>();
    private final Map<Integer, Set<Integer>> membersOfTeam = new HashMap<>();
    private final List<Share> shares;
    private final List<Rule> rules;
    private final String orgDefault;

    AccessOracle(Map<Integer, Integer> parentOfRole, Map<Integer, Integer> roleOfUser, Map<Integer,
            Integer> ownerOfAccount,
                 Map<Integer, Integer> regionOfAccount, Map<Integer, Set<Integer>> membersOfTeam, List<Share> shares,
                         List<Rule> rules,
                 String orgDefault) {
        this.parentOfRole.putAll(parentOfRole);
        this.roleOfUser.putAll(roleOfUser);
        this.ownerOfAccount.putAll(ownerOfAccount);
        this.regionOfAccount.putAll(regionOfAccount);
        this.membersOfTeam.putAll(membersOfTeam);
        this.shares = shares;
        this.rules = rules;
        this.orgDefault = orgDefault;
    }

    /** "EDIT", "READ" or empty. Record-team seats are shares to a USER here. */
    Optional<String> access(int user, int account) {
        int owner = ownerOfAccount.get(account);
        int role = roleOfUser.get(user);
        boolean edit = owner == user || isStrictlyAbove(role, roleOfUser.get(owner))
                || orgDefault.equals("PUBLIC_READ_WRITE");
        boolean read = edit || orgDefault.equals("PUBLIC_READ");
        for (Share s : shares) {
            if (s.account() == account && reaches(s.granteeType(), s.grantee(), user, role)) {
                read = true;
                edit |= s.access().equals("EDIT");
            }
        }
        for (Rule r : rules) {
            if (reaches(r.granteeType(), r.grantee(), user, role) && covers(r, account)) {
                read = true;
                edit |= r.access().equals("EDIT");
            }
        }
        return edit ? Optional.of("EDIT") : read ? Optional.of("READ") : Optional.empty();
    }

    private boolean covers(Rule r, int account) {
        int owner = ownerOfAccount.get(account);
        int ownerRole = roleOfUser.get(owner);
        if (r.kind().equals("CRITERIA")) {
            return regionOfAccount.getOrDefault(account, -1) == r.region();
        }
        return switch (r.sourceType()) {
            case "TEAM" -> membersOfTeam.getOrDefault(r.source(), Set.of()).contains(owner);
            case "ROLE" -> ownerRole == r.source();
            default -> ownerRole == r.source() || isStrictlyAbove(r.source(), ownerRole);
        };
    }

    private boolean reaches(String granteeType, int grantee, int user, int role) {
        return switch (granteeType) {
            case "USER" -> grantee == user;
            case "TEAM" -> membersOfTeam.getOrDefault(grantee, Set.of()).contains(user);
            case "ROLE" -> grantee == role;
            default -> grantee == role || isStrictlyAbove(grantee, role);
        };
    }

    private boolean isStrictlyAbove(int upper, int lower) {
        for (Integer r = parentOfRole.get(lower); r != null && r >= 0; r = parentOfRole.get(r)) {
            if (r == upper) {
                return true;
            }
        }
        return false;
    }
}
