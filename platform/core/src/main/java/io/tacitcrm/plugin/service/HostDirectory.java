package io.tacitcrm.plugin.service;

import io.tacitcrm.api.records.RoleRecord;
import io.tacitcrm.api.records.Roles;
import io.tacitcrm.api.records.TeamRecord;
import io.tacitcrm.api.records.UserRecord;
import io.tacitcrm.api.records.Users;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.identity.service.UserDirectory;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Users and roles of the tenant for a plugin. */
record HostDirectory(PluginScope scope, PluginCaller caller, UserDirectory directory, UserAdministration administration)
        implements Users, Roles {

    @Override
    public Optional<UserRecord> find(UUID id) {
        return scope.as(caller, () -> directory.member(new UserId(id)).map(HostDirectory::record));
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        return scope.as(caller, () -> directory.names(ids.stream().map(UserId::new).collect(Collectors.toSet()))
                .entrySet().stream().collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue)));
    }

    @Override
    public List<UserRecord> active() {
        return scope.as(caller, () -> directory.activeMembers().stream().map(HostDirectory::record)
                .sorted(Comparator.comparing(UserRecord::name)).toList());
    }

    @Override
    public List<RoleRecord> all() {
        return scope.as(caller, () -> administration.roleTree().stream()
                .map(r -> new RoleRecord(r.id().value(), r.name(), r.parent().map(RoleId::value),
                        r.permissions().codes()))
                .toList());
    }

    @Override
    public List<TeamRecord> teams() {
        return scope.as(caller, () -> directory.teams().values().stream()
                .map(t -> new TeamRecord(t.id().value(), t.name(), t.members().stream().map(UserId::value)
                        .collect(Collectors.toSet())))
                .sorted(Comparator.comparing(TeamRecord::name)).toList());
    }

    private static UserRecord record(Member m) {
        Optional<UUID> role = m.role().map(path -> path.lineage().getLast().value());
        return new UserRecord(m.id().value(), m.name(), role, m.roleName());
    }
}
