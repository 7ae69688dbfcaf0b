-- Sign-up protection, set by operators: names nobody may take (beside the built-in ones), how many workspaces one
-- address may sign up a day, and whether a new workspace waits (PENDING) for an operator's approval.
alter table tenant drop constraint tenant_status_check;
alter table tenant add constraint tenant_status_check
    check (status in ('ACTIVE', 'SUSPENDED', 'DELETING', 'PENDING'));

create table signup_policy (
    id                       boolean      primary key default true check (id),
    reserved_names           text[]       not null default '{}',
    max_per_address_per_day  integer      check (max_per_address_per_day > 0),
    approval_required        boolean      not null default false,
    changed_at               timestamptz,
    changed_by               uuid         references operator (id)
);
insert into signup_policy (id) values (true);
comment on table signup_policy is 'GLOBAL: the one sign-up policy operators set; no content.';
grant select, update on signup_policy to ${appRole};

-- Sign-ups per address, for the daily limit: the address and the time only (no workspace), kept two days.
create table signup_attempt (
    address varchar(64)  not null,
    at      timestamptz  not null
);
create index signup_attempt_address_idx on signup_attempt (address, at);
comment on table signup_attempt is 'GLOBAL: when an address signed a workspace up (the daily limit); kept two days.';
grant select, insert, delete on signup_attempt to ${appRole};
