-- Users' names are cached per access revision too (lists show owners' names): a rename bumps it.
drop trigger app_user_revision on app_user;
create trigger app_user_revision after insert or delete or update of role_id, active, name on app_user
    for each row execute function tacit_bump_access_revision();
