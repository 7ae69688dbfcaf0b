package io.tacitcrm.it.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DESIGN §3 written again, independently of the product code, the plainest way: walk parent links. Roles and users
 * are indexes; -1 is "no parent".
 */
final class AccessOracle {

    record Share(int account, String granteeType, int grantee, String access) {
    }

    private final Map<Integer, Integer> parentOfRole = new HashMap<>();
    private final Map<Integer, Integer> roleOfUser = new HashMap<>();
    private final Map<Integer, Integer> ownerOfAccount = new HashMap<>();
    private final List<Share> shares;
    private final String orgDefault;

    AccessOracle(Map<Integer, Integer> parentOfRole, Map<Integer, Integer> roleOfUser, Map<Integer, Integer> ownerOfAccount,
                 List<Share> shares, String orgDefault) {
        this.parentOfRole.putAll(parentOfRole);
        this.roleOfUser.putAll(roleOfUser);
        this.ownerOfAccount.putAll(ownerOfAccount);
        this.shares = shares;
        this.orgDefault = orgDefault;
    }

    /** "EDIT", "READ" or empty. */
    Optional<String> access(int user, int account) {
        int owner = ownerOfAccount.get(account);
        int role = roleOfUser.get(user);
        boolean edit = owner == user || isStrictlyAbove(role, roleOfUser.get(owner)) || orgDefault.equals("PUBLIC_READ_WRITE");
        boolean read = edit || orgDefault.equals("PUBLIC_READ");
        for (Share s : shares) {
            if (s.account() == account && reaches(s, user, role)) {
                read = true;
                edit |= s.access().equals("EDIT");
            }
        }
        return edit ? Optional.of("EDIT") : read ? Optional.of("READ") : Optional.empty();
    }

    private boolean reaches(Share s, int user, int role) {
        return switch (s.granteeType()) {
            case "USER" -> s.grantee() == user;
            case "ROLE" -> s.grantee() == role;
            default -> s.grantee() == role || isStrictlyAbove(s.grantee(), role);
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
