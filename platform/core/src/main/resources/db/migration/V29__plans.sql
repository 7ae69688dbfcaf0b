-- Plans: what a workspace may use. Defined by operators; every workspace has one. A limit left empty is no limit.
create table plan (
    code             varchar(32)  primary key check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name             varchar(100) not null,
    max_users        integer      check (max_users > 0),
    max_customers    integer      check (max_customers > 0),
    max_storage_mb   integer      check (max_storage_mb > 0),
    api_per_minute   integer      check (api_per_minute > 0),
    -- the modules a workspace of this plan may switch on, comma-separated ids; null is every installed one
    plugins_allowed  varchar(2000),
    created_at       timestamptz  not null,
    version          bigint       not null
);
comment on table plan is 'GLOBAL: the plans operators define (limits per workspace).';
insert into plan (code, name, created_at, version) values ('STANDARD', 'Standard', now(), 0);
insert into plan (code, name, created_at, version)
select distinct t.plan, initcap(t.plan), now(), 0 from tenant t where t.plan <> 'STANDARD'
on conflict do nothing;
alter table tenant add constraint tenant_plan_fk foreign key (plan) references plan (code);
grant select, insert, update on plan to ${appRole};
