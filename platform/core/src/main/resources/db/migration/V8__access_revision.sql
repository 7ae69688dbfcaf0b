-- A per-tenant counter of changes that alter who may see what in ways the server caches: sharing rules and defaults,
-- the role tree, users' roles and activity. Every request reads it with its principal (one query), so a cache keyed
-- by it is never stale — on any node — while the unchanged tenant pays no query for rules, defaults or hierarchy facts.

alter table tenant add column access_revision bigint not null default 0;
grant update (access_revision) on tenant to ${appRole};

create or replace function tacit_bump_access_revision() returns trigger
language plpgsql as $$
begin
    update tenant set access_revision = access_revision + 1 where id = coalesce(new.tenant_id, old.tenant_id);
    return null;
end
$$;

create trigger sharing_rule_revision after insert or update or delete on sharing_rule
    for each row execute function tacit_bump_access_revision();
create trigger sharing_default_revision after insert or update or delete on sharing_default
    for each row execute function tacit_bump_access_revision();
create trigger app_role_revision after insert or delete or update of path, parent_id on app_role
    for each row execute function tacit_bump_access_revision();
create trigger app_user_revision after insert or delete or update of role_id, active on app_user
    for each row execute function tacit_bump_access_revision();
