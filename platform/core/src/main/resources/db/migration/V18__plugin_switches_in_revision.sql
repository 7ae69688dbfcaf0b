-- Switching a plugin on or off bumps the workspace's access revision, like a role or a sharing rule does: the job
-- scheduler keeps each workspace's switched-on plugins until the revision moves, instead of reading them for every
-- workspace on every tick.
create trigger tenant_plugin_revision after insert or update or delete on tenant_plugin
    for each row execute function tacit_bump_access_revision();
