package io.tacitcrm.identity.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A role in the tenant's role tree. A superior role holds every permission of the roles below it. */
@Entity
@Table(name = "app_role")
public class Role extends TenantOwned {

    @Id
    private UUID id;
    private String name;
    @Column(name = "parent_id")
    private UUID parentId;
    private String permissions;
    private String path;
    private int depth;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Role() {
    }

    /** A role under {@code parent} (or a root), whose materialized path extends its parent's. */
    public Role(RoleId id, String name, Optional<Role> parent, Grants permissions, Instant createdAt) {
        this.id = id.value();
        this.name = name;
        this.parentId = parent.map(p -> p.id).orElse(null);
        this.path = parent.map(p -> p.path).orElse("/") + id.value() + "/";
        this.depth = parent.map(p -> p.depth + 1).orElse(1);
        this.permissions = permissions.encode();
        this.createdAt = createdAt;
    }

    public RoleId id() {
        return new RoleId(id);
    }

    public String name() {
        return name;
    }

    public Optional<RoleId> parent() {
        return Optional.ofNullable(parentId).map(RoleId::new);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** Records the new parent; the paths of this role and its subtree are rewritten by the repository in one go. */
    public void attachTo(Role newParent) {
        this.parentId = newParent.id;
    }

    public int depth() {
        return depth;
    }

    /** {@code /<root id>/.../<own id>/}: every role below this one has a path starting with this one. */
    public RolePath path() {
        return new RolePath(path);
    }

    /** Replaces the permissions granted to this role itself. */
    public void grantExactly(Grants granted) {
        this.permissions = granted.encode();
    }

    /** The permissions granted to this role itself (not yet those inherited from its subordinates). */
    public Grants ownPermissions() {
        return Grants.decode(permissions);
    }
}
