-- The hosting operators' realm: operators are not tenant users, and nothing here is tenant data. Every table of this
-- migration is GLOBAL and holds metadata and counts only.

create table operator (
    id              uuid         primary key,
    email           varchar(254) not null,
    name            varchar(100) not null,
    password_hash   varchar(255) not null,
    -- the second factor (RFC 6238): Base32 secret; confirmed once a code from it was accepted
    totp_secret     varchar(64),
    totp_confirmed  boolean      not null default false,
    -- the last time step a code was accepted for: a code is good once
    totp_last_step  bigint       not null default 0,
    active          boolean      not null default true,
    created_at      timestamptz  not null,
    version         bigint       not null
);
create unique index operator_email_uq on operator (lower(email));
comment on table operator is 'GLOBAL: the hosting operators (a realm of their own, never tenant users).';

create table operator_token (
    id           uuid        primary key,
    operator_id  uuid        not null references operator (id),
    secret_hash  varchar(64) not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz
);
create index operator_token_operator_idx on operator_token (operator_id);
comment on table operator_token is 'GLOBAL: operator sessions (short-lived; only the hash of the secret).';

-- What operators did. tenant_id has no foreign key: the entry outlives a deleted workspace.
create table operator_audit (
    id           uuid          primary key,
    at           timestamptz   not null,
    operator_id  uuid          references operator (id),
    action       varchar(40)   not null,
    tenant_id    uuid,
    summary      varchar(2000) not null
);
create index operator_audit_at_idx on operator_audit (at desc, id desc);
create index operator_audit_tenant_idx on operator_audit (tenant_id, at desc, id desc);
comment on table operator_audit is 'GLOBAL: every operator action, with the workspace it concerned.';

-- Why and since when a workspace is suspended; when anyone last signed in.
alter table tenant add column status_reason varchar(500);
alter table tenant add column status_changed_at timestamptz;
alter table tenant add column last_login_at timestamptz;

-- Usage per workspace, measured in the background (each workspace at most once per interval; two servers never
-- measure the same one at once): per metric a count and, for a table, the share of its bytes (table and indexes,
-- attributed by the workspace's share of the rows). Metrics: 'table:<schema>.<table>', 'users:active', 'plugin:<id>'.
alter table tenant add column usage_measured_at timestamptz;
create table tenant_usage (
    tenant_id    uuid         not null references tenant (id) on delete cascade,
    metric       varchar(200) not null,
    count        bigint       not null,
    bytes        bigint       not null,
    primary key (tenant_id, metric)
);
comment on table tenant_usage is 'GLOBAL: counts and attributed bytes per workspace; no content.';

-- API requests and errors per workspace and hour; each server adds what it counted since its last flush.
create table tenant_api_usage (
    tenant_id  uuid        not null references tenant (id) on delete cascade,
    hour       timestamptz not null,
    requests   bigint      not null,
    errors     bigint      not null,
    primary key (tenant_id, hour)
);
comment on table tenant_api_usage is 'GLOBAL: API requests and errors per workspace and hour; no content.';

grant select, insert, update on operator, operator_token to ${appRole};
grant select, insert on operator_audit to ${appRole};
grant select, insert, update, delete on tenant_usage, tenant_api_usage to ${appRole};
