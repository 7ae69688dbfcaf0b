-- Each customer's owner and latest visit and footprint, kept by the listener, backfilled when a company switches the module on
-- and re-synced nightly; and a nightly count of each rep's overdue customers, for the trend. Every table carries
-- tenant_id first in its keys and the forced tenant wall.
create table customer_cadence (
    tenant_id     uuid        not null,
    customer_id   uuid        not null,
    owner_id      uuid        not null,
    last_visit_at timestamptz, -- the latest done face-to-face footprint (visit, meeting, demo)
    last_touch_at timestamptz, -- the latest done footprint of any type
    primary key (tenant_id, customer_id)
);
-- both kept, so a company that changes what counts as a visit sees the effect at once
create index customer_cadence_visit_idx on customer_cadence (tenant_id, last_visit_at nulls first, customer_id);
create index customer_cadence_touch_idx on customer_cadence (tenant_id, last_touch_at nulls first, customer_id);

create table overdue_snapshot (
    tenant_id uuid        not null,
    taken_at  timestamptz not null,
    owner_id  uuid        not null,
    customers integer     not null,
    overdue   integer     not null,
    primary key (tenant_id, taken_at, owner_id)
);

do $$
declare t text;
begin
    foreach t in array array['customer_cadence', 'overdue_snapshot'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''${tenantSetting}'', true), '''')::uuid) '
                       'with check (tenant_id = nullif(current_setting(''${tenantSetting}'', true), '''')::uuid)', t);
    end loop;
end
$$;
