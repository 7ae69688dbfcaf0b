-- Access model, part 1: the role tree as a materialized path, and record shares with their cause.

-- '/<root id>/<child id>/.../<own id>/': a role's subtree is every role whose path starts with its path.
alter table app_role add column path varchar(4000);
alter table app_role add column depth integer;

-- FORCE binds the owner too; lift it for the back-fill only.
alter table app_role no force row level security;
with recursive tree (tenant_id, id, path, depth) as (
    select tenant_id, id, '/' || id || '/', 1 from app_role where parent_id is null
    union all
    select r.tenant_id, r.id, t.path || r.id || '/', t.depth + 1
    from app_role r join tree t on r.tenant_id = t.tenant_id and r.parent_id = t.id
)
update app_role r set path = tree.path, depth = tree.depth from tree where r.tenant_id = tree.tenant_id and r.id = tree.id;
alter table app_role force row level security;

alter table app_role alter column path set not null;
alter table app_role alter column depth set not null;
create index app_role_path_idx on app_role (tenant_id, path text_pattern_ops);
create index app_user_role_idx on app_user (tenant_id, role_id);

create table record_share (
    tenant_id     uuid         not null references tenant (id),
    id            uuid         not null,
    object_type   varchar(32)  not null,
    record_id     uuid         not null,
    grantee_type  varchar(32)  not null check (grantee_type in ('USER', 'ROLE', 'ROLE_AND_SUBORDINATES')),
    grantee_id    uuid         not null,
    access        varchar(8)   not null check (access in ('READ', 'EDIT')),
    cause         varchar(16)  not null check (cause in ('MANUAL', 'RULE', 'TEAM')),
    created_by    uuid         not null,
    created_at    timestamptz  not null,
    primary key (tenant_id, id)
);
create unique index record_share_uq on record_share (tenant_id, object_type, record_id, grantee_type, grantee_id, cause);
create index record_share_grantee_idx on record_share (tenant_id, grantee_type, grantee_id, object_type, record_id);

alter table record_share enable row level security;
alter table record_share force row level security;
create policy tenant_isolation on record_share
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update, delete on record_share to ${appRole};
