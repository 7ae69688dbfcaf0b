-- A request whose bearer token the server has checked before re-uses the principal it built then, as long as the
-- workspace's access revision has not moved: its first statement reads the revision together with the tenant
-- setting, so the check costs no round trip and holds on every node. Every fact a principal is made of must
-- therefore bump the revision: the user's name, e-mail address, language and session cut-off besides role and
-- activity; team membership; a token's revocation or expiry; the workspace's status and address.
drop trigger app_user_revision on app_user;
create trigger app_user_revision
    after insert or delete or update of role_id, active, name, email, locale, locale_chosen, sessions_valid_from
    on app_user for each row execute function tacit_bump_access_revision();

create trigger team_member_revision after insert or update or delete on team_member
    for each row execute function tacit_bump_access_revision();

create trigger api_token_revision after delete or update of revoked_at, expires_at on api_token
    for each row execute function tacit_bump_access_revision();

-- The tenant row itself: bumped in place (an update of the row from its own trigger would recurse).
create or replace function tacit_bump_tenant_revision() returns trigger
language plpgsql as $$
begin
    if new.status is distinct from old.status or new.slug is distinct from old.slug then
        new.access_revision := greatest(new.access_revision, old.access_revision + 1);
    end if;
    return new;
end
$$;
create trigger tenant_revision before update of status, slug on tenant
    for each row execute function tacit_bump_tenant_revision();
