-- Plugins: operators install them on the server; each tenant's administrators enable them. A disabled plugin's data
-- stays where it is (in the plugin's own schema); only the switch lives here.
create table tenant_plugin (
    tenant_id  uuid        not null references tenant (id),
    plugin_id  text        not null,
    enabled    boolean     not null,
    changed_at timestamptz not null,
    changed_by uuid,
    primary key (tenant_id, plugin_id)
);

-- Small per-tenant settings a plugin keeps through the host.
create table plugin_setting (
    tenant_id uuid not null references tenant (id),
    plugin_id text not null,
    key       text not null check (length(key) between 1 and 200),
    value     text not null check (length(value) <= 4000),
    primary key (tenant_id, plugin_id, key)
);

do $$
declare t text;
begin
    foreach t in array array['tenant_plugin', 'plugin_setting'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        execute format('grant select, insert, update, delete on %I to %I', t, '${appRole}');
    end loop;
end
$$;

-- Whoever may manage users may, from now on, also switch plugins on and off. The tenant wall holds for this role
-- too, so the update runs tenant by tenant.
do $$
declare t uuid;
begin
    for t in select id from tenant loop
        perform set_config('app.tenant_id', t::text, true);
        update app_role set permissions = permissions || ',plugins.manage'
         where (',' || permissions || ',') like '%,users.manage,%';
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
