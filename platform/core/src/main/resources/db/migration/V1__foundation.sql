-- Tacit CRM foundation schema.
-- Global tables are few and named as such (tenant). Every tenant-owned table leads its primary key, unique constraints
-- and foreign keys with tenant_id (distributable on Citus by tenant_id) and is guarded by forced row-level security.

create table tenant (
    id          uuid primary key,
    slug        varchar(40)  not null unique,
    name        varchar(200) not null,
    status      varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED', 'DELETING')),
    plan        varchar(32)  not null,
    locale      varchar(16)  not null,
    created_at  timestamptz  not null,
    version     bigint       not null
);
comment on table tenant is 'GLOBAL: one row per company (workspace); not tenant-scoped.';

create table app_role (
    tenant_id   uuid         not null references tenant (id),
    id          uuid         not null,
    name        varchar(100) not null,
    parent_id   uuid,
    permissions text         not null default '',
    created_at  timestamptz  not null,
    version     bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, parent_id) references app_role (tenant_id, id) deferrable initially deferred
);
create unique index app_role_name_uq on app_role (tenant_id, lower(name));

create table app_user (
    tenant_id       uuid         not null references tenant (id),
    id              uuid         not null,
    email           varchar(254) not null,
    name            varchar(100) not null,
    role_id         uuid,
    active          boolean      not null,
    locale          varchar(16)  not null,
    password_hash   varchar(255) not null,
    created_at      timestamptz  not null,
    version         bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, role_id) references app_role (tenant_id, id)
);
create unique index app_user_email_uq on app_user (tenant_id, email);

create table api_token (
    tenant_id    uuid        not null references tenant (id),
    id           uuid        not null,
    user_id      uuid        not null,
    kind         varchar(16) not null check (kind in ('SESSION', 'PERSONAL')),
    name         varchar(100) not null,
    secret_hash  varchar(64) not null,
    created_at   timestamptz not null,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
create unique index api_token_secret_uq on api_token (tenant_id, secret_hash);

create table sales_stage (
    tenant_id     uuid         not null references tenant (id),
    id            uuid         not null,
    name          varchar(100) not null,
    position      integer      not null,
    probability   integer      not null check (probability between 0 and 100),
    kind          varchar(8)   not null check (kind in ('OPEN', 'WON', 'LOST')),
    guidance      text         not null default '',
    retired       boolean      not null default false,
    version       bigint       not null,
    primary key (tenant_id, id)
);

create table sharing_default (
    tenant_id    uuid        not null references tenant (id),
    object_type  varchar(32) not null,
    access       varchar(32) not null check (access in ('PRIVATE', 'PUBLIC_READ', 'PUBLIC_READ_WRITE')),
    version      bigint      not null,
    primary key (tenant_id, object_type)
);

create table account (
    tenant_id   uuid         not null references tenant (id),
    id          uuid         not null,
    name        varchar(200) not null,
    industry    varchar(100),
    region      varchar(100),
    size        varchar(16),
    value_tier  varchar(1),
    website     varchar(300),
    phone       varchar(40),
    owner_id    uuid         not null,
    created_by  uuid         not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, owner_id) references app_user (tenant_id, id)
);
-- Keyset paging: newest first, and by name.
create index account_created_idx on account (tenant_id, created_at desc, id desc);
create index account_name_idx on account (tenant_id, name, id);
create index account_owner_idx on account (tenant_id, owner_id);

-- Row-level security: the second wall behind the ORM's tenant filter.
do $$
declare t text;
begin
    foreach t in array array['app_role', 'app_user', 'api_token', 'sales_stage', 'sharing_default', 'account'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        execute format('grant select, insert, update, delete on %I to %I', t, '${appRole}');
    end loop;
end
$$;

grant select, insert, update on tenant to ${appRole};
