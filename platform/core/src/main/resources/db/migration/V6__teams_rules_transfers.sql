-- Access model, part 2: teams, record teams, sharing rules, bulk transfers with their handover dossiers.

create table team (
    tenant_id   uuid          not null references tenant (id),
    id          uuid          not null,
    name        varchar(100)  not null,
    leader_id   uuid,
    created_at  timestamptz   not null,
    version     bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, leader_id) references app_user (tenant_id, id)
);
create unique index team_name_uq on team (tenant_id, lower(name));
select tacit_guard_tenant_table('team', '${appRole}', 'select, insert, update, delete');

create table team_member (
    tenant_id  uuid  not null references tenant (id),
    team_id    uuid  not null,
    user_id    uuid  not null,
    primary key (tenant_id, team_id, user_id),
    foreign key (tenant_id, team_id) references team (tenant_id, id) on delete cascade,
    foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
-- a request reads its caller's teams: by user
create index team_member_user_idx on team_member (tenant_id, user_id, team_id);
select tacit_guard_tenant_table('team_member', '${appRole}', 'select, insert, delete');

-- Shares with a team; record-team members (cause TEAM) carry their role on the team and may expire (co-ownership
-- after a transfer).
alter table record_share drop constraint record_share_grantee_type_check;
alter table record_share add constraint record_share_grantee_type_check
    check (grantee_type in ('USER', 'TEAM', 'ROLE', 'ROLE_AND_SUBORDINATES'));
alter table record_share add column team_role varchar(40);
alter table record_share add column expires_at timestamptz;
create index record_share_record_idx on record_share (tenant_id, object_type, record_id);

-- Sharing rules are evaluated when records are read (see VisibilityJpql): a rule change is in force at the next
-- request, with nothing to recompute; the rows here are the rules themselves.
create table sharing_rule (
    tenant_id        uuid           not null references tenant (id),
    id               uuid           not null,
    name             varchar(100)   not null,
    object_type      varchar(32)    not null check (object_type in ('account', 'opportunity')),
    kind             varchar(16)    not null check (kind in ('OWNER', 'CRITERIA')),
    source_type      varchar(32)    check (source_type in ('ROLE', 'ROLE_AND_SUBORDINATES', 'TEAM')),
    source_id        uuid,
    criteria_field   varchar(32)    check (criteria_field in ('region', 'industry', 'valueTier')),
    criteria_values  varchar(2000),
    grantee_type     varchar(32)    not null check (grantee_type in ('USER', 'TEAM', 'ROLE', 'ROLE_AND_SUBORDINATES')),
    grantee_id       uuid           not null,
    access           varchar(8)     not null check (access in ('READ', 'EDIT')),
    created_by       uuid           not null,
    created_at       timestamptz    not null,
    primary key (tenant_id, id),
    check ((kind = 'OWNER' and source_type is not null and source_id is not null and criteria_field is null)
        or (kind = 'CRITERIA' and criteria_field is not null and criteria_values is not null and source_type is null))
);
select tacit_guard_tenant_table('sharing_rule', '${appRole}', 'select, insert, delete');

-- Criteria rules filter on these account fields.
create index account_region_idx on account (tenant_id, region, created_at);
create index account_industry_idx on account (tenant_id, industry, created_at);
create index account_tier_idx on account (tenant_id, value_tier, created_at);

create table transfer (
    tenant_id               uuid           not null references tenant (id),
    id                      uuid           not null,
    criteria                text           not null,
    to_user_id              uuid           not null,
    include_opportunities   boolean        not null,
    include_activities      boolean        not null,
    co_ownership_days       integer        not null check (co_ownership_days between 0 and 365),
    note                    varchar(2000),
    accounts                integer        not null,
    opportunities           integer        not null,
    activities              integer        not null,
    created_by              uuid           not null,
    created_at              timestamptz    not null,
    primary key (tenant_id, id)
);
select tacit_guard_tenant_table('transfer', '${appRole}', 'select, insert');

-- What the previous owner leaves the new one, per account, as it stood at the transfer (JSON, written once).
create table transfer_dossier (
    tenant_id          uuid   not null references tenant (id),
    transfer_id        uuid   not null,
    account_id         uuid   not null,
    previous_owner_id  uuid   not null,
    body               text   not null,
    primary key (tenant_id, transfer_id, account_id),
    foreign key (tenant_id, transfer_id) references transfer (tenant_id, id)
);
create index transfer_dossier_account_idx on transfer_dossier (tenant_id, account_id);
select tacit_guard_tenant_table('transfer_dossier', '${appRole}', 'select, insert');
