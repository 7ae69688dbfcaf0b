package io.tacitcrm.identity.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The permission codes a role grants: the core's {@link Permission}s and those modules declare (e.g.
 * {@code knowledge.publish}). Codes of a module that is switched off or removed are kept, so switching it on again
 * restores what the company had granted.
 */
public record Grants(Set<String> codes) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public static final Grants NONE = new Grants(Set.of());

    public Grants {
        codes = Set.copyOf(codes);
    }

    public static Grants of(Collection<Permission> permissions) {
        return new Grants(permissions.stream().map(Permission::code).collect(Collectors.toSet()));
    }

    public static boolean isWellFormed(String code) {
        return code.length() <= 100 && CODE.matcher(code).matches();
    }

    /** Decodes the stored, comma-separated form; malformed parts are ignored. */
    public static Grants decode(String stored) {
        return stored == null ? NONE : new Grants(Arrays.stream(stored.split(",")).map(String::strip)
                .filter(Grants::isWellFormed).collect(Collectors.toSet()));
    }

    public String encode() {
        return String.join(",", new TreeSet<>(codes));
    }

    public boolean has(Permission permission) {
        return codes.contains(permission.code());
    }

    public boolean has(String code) {
        return codes.contains(code);
    }

    /** The core's permissions among the codes. */
    public Set<Permission> core() {
        EnumSet<Permission> found = EnumSet.noneOf(Permission.class);
        codes.stream().map(Permission::fromCode).flatMap(Optional::stream).forEach(found::add);
        return found;
    }

    public Grants plus(Grants other) {
        Set<String> all = new HashSet<>(codes);
        all.addAll(other.codes);
        return new Grants(all);
    }

    public Grants with(String code) {
        return plus(new Grants(Set.of(code)));
    }

    /** These grants with the {@code offered} codes replaced by exactly {@code chosen}; the other codes stay. */
    public Grants replacing(Set<String> offered, Set<String> chosen) {
        Set<String> kept = codes.stream().filter(c -> !offered.contains(c))
                .collect(Collectors.toCollection(HashSet::new));
        kept.addAll(chosen);
        return new Grants(kept);
    }

    @Override
    public String toString() {
        return encode();
    }
}
