-- what the misbehaving plugin saw: lets the tests tell that listeners ran (and the tenant wall held) despite failures
create table seen_event (
    tenant_id uuid        not null,
    id        bigint      generated always as identity,
    kind      text        not null,
    seen_at   timestamptz not null default now(),
    primary key (tenant_id, id)
);
alter table seen_event enable row level security;
alter table seen_event force row level security;
create policy tenant_wall on seen_event
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
