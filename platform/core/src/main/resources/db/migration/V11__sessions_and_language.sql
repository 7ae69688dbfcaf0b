-- Deactivating a user ends every session they had: tokens and browser sessions issued before this instant are refused
-- even after the user is reactivated. Null: no cut-off.
alter table app_user add column sessions_valid_from timestamptz;

-- A role's permissions are part of what the server may cache per access revision: a change bumps it like a move.
drop trigger app_role_revision on app_role;
create trigger app_role_revision after insert or delete or update of path, parent_id, permissions on app_role
    for each row execute function tacit_bump_access_revision();

-- The screens follow the browser's language until a user picks one; the stored locale stays the default for what is
-- written to them (and is what they picked, once they have).
alter table app_user add column locale_chosen boolean not null default false;
