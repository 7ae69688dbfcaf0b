create table note (
    tenant_id uuid not null,
    id        bigint generated always as identity,
    text      text not null,
    primary key (tenant_id, id)
);
alter table note enable row level security;
alter table note force row level security;
create policy tenant_isolation on note
    using (tenant_id = nullif(current_setting('${tenantSetting}', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('${tenantSetting}', true), '')::uuid);
