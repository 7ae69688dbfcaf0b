package io.tacitcrm.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A company signed up for one test, with the plugin under test switched on.
 *
 * @param workspace  its workspace name
 * @param adminEmail its administrator's e-mail (the top role: sees and may do everything)
 * @param admin      its administrator, signed in
 * @param host       the server it lives on
 */
public record Company(String workspace, String adminEmail, TacitClient admin, TacitHost host) {

    /** The password of every user the kit creates. */
    public static final String PASSWORD = "Kit-Pa55word-2026";

    /**
     * The sign-up's roles, top first: General Manager, Sales Director, Sales Manager, Sales Rep (unless a test
     * reshaped them).
     */
    public List<String> roleChain() {
        return roleChain(admin);
    }

    /** The role tree's ids top first, following the first child at each level, as {@code admin} reads it. */
    public static List<String> roleChain(TacitClient admin) {
        List<JsonObject> roles = admin.get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> chain = new ArrayList<>();
        String parent = null;
        while (chain.size() < roles.size()) {
            String above = parent;
            Optional<JsonObject> next = roles.stream().filter(r -> Objects.equals(
                    r.get("parentId") instanceof JsonString id ? id.getString() : null, above)).findFirst();
            if (next.isEmpty()) {
                break;
            }
            parent = next.get().getString("id");
            chain.add(parent);
        }
        return chain;
    }

    /** A new user with this role, signed in. */
    public TacitClient addUser(String name, String roleId) {
        String email = name + "@" + workspace + ".example";
        TacitClient.Reply created = admin.post("users", Json.createObjectBuilder().add("email", email)
                .add("name", name).add("roleId", roleId).add("password", PASSWORD).build());
        if (created.status() != 201) {
            throw new IllegalStateException("adding " + email + " failed: " + created.status() + " "
                    + created.body());
        }
        return host.anonymous().login(workspace, email, PASSWORD);
    }

    /** A new sales rep (the lowest role), signed in. */
    public TacitClient addRep(String name) {
        return addUser(name, roleChain().getLast());
    }
}
