package io.tacitcrm.identity.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
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
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Role() {
    }

    public Role(RoleId id, String name, Optional<RoleId> parent, Set<Permission> permissions, Instant createdAt) {
        this.id = id.value();
        this.name = name;
        this.parentId = parent.map(RoleId::value).orElse(null);
        this.permissions = Permission.encode(permissions);
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

    /** The permissions granted to this role itself (not yet those inherited from its subordinates). */
    public Set<Permission> ownPermissions() {
        return Permission.decode(permissions);
    }
}
