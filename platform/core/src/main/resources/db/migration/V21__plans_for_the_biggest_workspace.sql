-- Plans that suit the biggest workspace, so a cached (generic) plan is safe and statements need not be planned at
-- every execution. PostgreSQL estimates `tenant_id = $1` in a generic plan as 1/n_distinct of the rows — an average
-- workspace, a few hundred rows among a thousand small companies — and chose plans that fail the large one (a name
-- search's last statement walked 200,000 rows: 24 ms instead of 4). With n_distinct = 1 the estimate becomes the most
-- common workspace's share: plans are made for the largest company, which also serve a small one, because every key
-- and index of a tenant table leads with tenant_id. Custom plans of a big workspace still see its own frequency.
-- Tables created later (plugins) get the same from the plugin host, which calls this function after their
-- migrations. docs/performance.md, step 6.
create or replace function tacit_plan_for_big_workspaces(target_schema text) returns void
language plpgsql as $$
declare
    t record;
begin
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
             where n.nspname = target_schema and c.relkind = 'r'
               and coalesce(a.attoptions, '{}') <> '{n_distinct=1}' loop
        execute format('alter table %I.%I alter column tenant_id set (n_distinct = 1)', target_schema, t.relname);
        execute format('analyze %I.%I', target_schema, t.relname);
    end loop;
end $$;

select tacit_plan_for_big_workspaces('public');
