-- The access revision (V8, V19) moves out of the register of workspaces into a table of its own keyed by tenant_id,
-- like every table of a workspace. On a Citus cluster the register (tenant) is a reference table copied to every
-- node, while the tables whose triggers bump the revision are distributed by tenant_id: with the revision beside them
-- (co-located), a trigger writes only to its own workspace's shard on its own node, never to every node's copy of the
-- register. On a single PostgreSQL nothing changes but the table the revision lives in.
create table tenant_access (
    tenant_id       uuid primary key references tenant (id) on delete cascade,
    access_revision bigint not null default 0
);
comment on table tenant_access is
    'GLOBAL: each workspace''s access revision, read with every request''s first statement, bumped by triggers.';
insert into tenant_access (tenant_id, access_revision) select id, access_revision from tenant;
grant select, insert, update on tenant_access to ${appRole};

-- A workspace written by hand (a benchmark's generator) has no row until its first bump: readers take 0 then.
-- While a workspace is deleted a bump may add the row again after it went; the cascade takes it with the register row.
create or replace function tacit_bump_access_revision() returns trigger
language plpgsql as $$
begin
    insert into tenant_access as a (tenant_id, access_revision) values (coalesce(new.tenant_id, old.tenant_id), 1)
    on conflict (tenant_id) do update set access_revision = a.access_revision + 1;
    return null;
end
$$;

-- The register's own changes (status, address) are bumped by the statements that make them (JdbcTenantDirectory):
-- a trigger on a reference table would run on every node's copy.
drop trigger tenant_revision on tenant;
drop function tacit_bump_tenant_revision();
alter table tenant drop column access_revision;
