-- Modules declare their own permissions; the core keeps only its own. A role's permissions column stores both.

-- The module permissions whose default grants a company has received: granted once, when the company first switches
-- the module on, so a permission an administrator later took away is not handed out again.
alter table tenant_plugin add column defaults_granted text[] not null default '{}';

-- Setting sales targets was tied to analytics.team, which now belongs to the analytics module: it becomes the core's
-- targets.manage, held by every role that could set targets before (analytics.team stays stored for the module).
do $$
declare t uuid;
begin
    for t in select id from tenant loop
        perform set_config('app.tenant_id', t::text, true);
        update app_role set permissions = permissions || ',targets.manage'
         where (',' || permissions || ',') like '%,analytics.team,%'
           and (',' || permissions || ',') not like '%,targets.manage,%';
        -- companies that use the knowledge base received knowledge.publish with their roles already
        update tenant_plugin set defaults_granted = '{knowledge.publish}' where plugin_id = 'knowledge';
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;

