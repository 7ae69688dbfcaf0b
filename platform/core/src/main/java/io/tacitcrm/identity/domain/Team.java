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

/**
 * A group of people who sell together across the role tree (e.g. a key-account team). Records can be shared with a
 * team;
 * its members are kept by {@link TeamRepository} as {@link TeamMember} rows, so a request reads its caller's teams
 * cheaply.
 */
@Entity
@Table(name = "team")
public class Team extends TenantOwned {

    @Id
    private UUID id;
    private String name;
    @Column(name = "leader_id")
    private UUID leaderId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Team() {
    }

    public Team(TeamId id, String name, Optional<UserId> leader, Instant createdAt) {
        this.id = id.value();
        this.createdAt = createdAt;
        rename(name);
        lead(leader);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void lead(Optional<UserId> leader) {
        this.leaderId = leader.map(UserId::value).orElse(null);
    }

    public TeamId id() {
        return new TeamId(id);
    }

    public String name() {
        return name;
    }

    public Optional<UserId> leader() {
        return Optional.ofNullable(leaderId).map(UserId::new);
    }

    public long version() {
        return version;
    }
}
