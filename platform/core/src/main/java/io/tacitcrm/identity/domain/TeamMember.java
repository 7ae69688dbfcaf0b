package io.tacitcrm.identity.domain;

import io.tacitcrm.tenancy.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One user's membership of one team. */
@Entity
@Table(name = "team_member")
@IdClass(TeamMember.Key.class)
public class TeamMember extends TenantOwned {

    @Id
    @Column(name = "team_id")
    private UUID teamId;
    @Id
    @Column(name = "user_id")
    private UUID userId;

    protected TeamMember() {
    }

    public TeamMember(TeamId team, UserId user) {
        this.teamId = team.value();
        this.userId = user.value();
    }

    public TeamId team() {
        return new TeamId(teamId);
    }

    public UserId user() {
        return new UserId(userId);
    }

    /** The membership's key within the tenant. */
    public static class Key implements Serializable {
        private UUID teamId;
        private UUID userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId) && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, userId);
        }
    }
}
