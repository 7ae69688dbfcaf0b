-- How many footprints each customer has, kept by the listener. Every table carries tenant_id first in its keys and
-- the forced tenant wall (the host refuses a plugin whose table lacks either).
create table footprint_count (
    tenant_id   uuid        not null,
    customer_id uuid        not null,
    footprints  integer     not null,
    last_at     timestamptz not null,
    primary key (tenant_id, customer_id)
);
create index footprint_count_top_idx on footprint_count (tenant_id, footprints desc, customer_id);

alter table footprint_count enable row level security;
alter table footprint_count force row level security;
create policy tenant_isolation on footprint_count
    using (tenant_id = nullif(current_setting('${tenantSetting}', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('${tenantSetting}', true), '')::uuid);
