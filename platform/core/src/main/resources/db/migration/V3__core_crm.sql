-- Core CRM: contacts, stage requirements, opportunities with their stage history, activity footprints, audit log.

-- Substring search (name, contact, phone) in Latin and Chinese text; trusted extension, the database owner may add it.
create extension if not exists pg_trgm;

-- One definition of the tenant wall for every table from here on (plugins' tables are checked against the same shape).
create or replace function tacit_guard_tenant_table(tbl text, app_role text, privileges text) returns void
language plpgsql as $$
begin
    execute format('alter table %I enable row level security', tbl);
    execute format('alter table %I force row level security', tbl);
    execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                   'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', tbl);
    execute format('grant %s on %I to %I', privileges, tbl, app_role);
end
$$;

create index account_name_trgm_idx on account using gin (lower(name) gin_trgm_ops);

-- Entry requirements of a stage: opportunity fields that must be filled, and done activities that must exist.
-- required_activities: 'TYPE:min[:CONTACT_ROLE]' joined by ';' (e.g. 'VISIT:1;DEMO:1:DECISION_MAKER').
alter table sales_stage add column required_fields varchar(200) not null default '';
alter table sales_stage add column required_activities varchar(500) not null default '';

create table contact (
    tenant_id      uuid         not null references tenant (id),
    id             uuid         not null,
    account_id     uuid         not null,
    name           varchar(100) not null,
    title          varchar(100),
    phone          varchar(40),
    email          varchar(254),
    decision_role  varchar(20)  not null check (decision_role in ('DECISION_MAKER', 'ECONOMIC_BUYER', 'INFLUENCER', 'CHAMPION', 'EVALUATOR', 'USER', 'GATEKEEPER', 'OTHER')),
    created_by     uuid         not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, account_id) references account (tenant_id, id) on delete cascade
);
create index contact_account_idx on contact (tenant_id, account_id, name, id);
create index contact_name_trgm_idx on contact using gin (lower(name) gin_trgm_ops);
create index contact_phone_trgm_idx on contact using gin (phone gin_trgm_ops);

create table opportunity (
    tenant_id           uuid          not null references tenant (id),
    id                  uuid          not null,
    account_id          uuid          not null,
    name                varchar(200)  not null,
    amount              numeric(16, 2) check (amount >= 0),
    currency            char(3)       not null,
    stage_id            uuid          not null,
    close_date          date,
    primary_contact_id  uuid,
    next_step           varchar(500),
    owner_id            uuid          not null,
    created_by          uuid          not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    stage_entered_at    timestamptz   not null,
    closed_at           timestamptz,
    version             bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, account_id) references account (tenant_id, id) on delete cascade,
    foreign key (tenant_id, stage_id) references sales_stage (tenant_id, id),
    foreign key (tenant_id, owner_id) references app_user (tenant_id, id),
    foreign key (tenant_id, primary_contact_id) references contact (tenant_id, id) on delete set null (primary_contact_id)
);
create index opportunity_created_idx on opportunity (tenant_id, created_at desc, id desc);
create index opportunity_account_idx on opportunity (tenant_id, account_id);
create index opportunity_stage_idx on opportunity (tenant_id, stage_id, id);
create index opportunity_owner_idx on opportunity (tenant_id, owner_id);

-- Append-only history of stage moves: what analytics mine.
create table stage_change (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null,
    opportunity_id  uuid        not null,
    from_stage_id   uuid,
    to_stage_id     uuid        not null,
    changed_at      timestamptz not null,
    changed_by      uuid        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id) on delete cascade
);
create index stage_change_opportunity_idx on stage_change (tenant_id, opportunity_id, changed_at);

create table activity (
    tenant_id         uuid         not null references tenant (id),
    id                uuid         not null,
    type              varchar(10)  not null check (type in ('CALL', 'VISIT', 'MEETING', 'EMAIL', 'DEMO', 'QUOTE', 'NOTE', 'TASK')),
    status            varchar(8)   not null check (status in ('PLANNED', 'DONE')),
    subject           varchar(200) not null,
    notes             text,
    outcome           varchar(500),
    occurred_at       timestamptz  not null,
    duration_minutes  integer      check (duration_minutes between 0 and 1440),
    account_id        uuid         not null,
    contact_id        uuid,
    opportunity_id    uuid,
    stage_id          uuid,
    owner_id          uuid         not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, account_id) references account (tenant_id, id) on delete cascade,
    foreign key (tenant_id, contact_id) references contact (tenant_id, id) on delete set null (contact_id),
    foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id) on delete set null (opportunity_id),
    foreign key (tenant_id, owner_id) references app_user (tenant_id, id)
);
-- The customer timeline and the owner's day view, newest first.
create index activity_account_idx on activity (tenant_id, account_id, occurred_at desc, id desc);
create index activity_owner_idx on activity (tenant_id, owner_id, occurred_at desc, id desc);
create index activity_opportunity_idx on activity (tenant_id, opportunity_id, type) where opportunity_id is not null;

-- Who changed what and when. The application may add and read entries, never change or remove them.
create table audit_entry (
    tenant_id    uuid         not null references tenant (id),
    id           uuid         not null,
    at           timestamptz  not null,
    actor_id     uuid,
    action       varchar(32)  not null,
    entity_type  varchar(32)  not null,
    entity_id    uuid,
    summary      varchar(2000) not null,
    primary key (tenant_id, id)
);
create index audit_entry_at_idx on audit_entry (tenant_id, at desc, id desc);
create index audit_entry_entity_idx on audit_entry (tenant_id, entity_type, entity_id, at desc);

select tacit_guard_tenant_table(t, '${appRole}', 'select, insert, update, delete')
from unnest(array['contact', 'opportunity', 'activity']) as t;
select tacit_guard_tenant_table(t, '${appRole}', 'select, insert')
from unnest(array['stage_change', 'audit_entry']) as t;

-- Administrators read the audit log: existing roles holding users.manage gain audit.read.
alter table app_role no force row level security;
update app_role set permissions = permissions || ',audit.read' where permissions like '%users.manage%';
alter table app_role force row level security;
