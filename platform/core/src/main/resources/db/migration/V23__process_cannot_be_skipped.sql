-- A deal moving past a stage must meet that stage's requirements too, unless the company lets deals skip it.
alter table sales_stage add column skippable boolean not null default false;

-- Reopening a won or lost deal is a permission of its own: the sales managers' (and so of everyone above them), as
-- for a new workspace's default roles. (The owner role writes past the tenant policy here, as in V15.)
alter table app_role no force row level security;
update app_role set permissions = permissions || ',opportunity.reopen'
 where permissions like '%targets.manage%' and permissions not like '%opportunity.reopen%';
alter table app_role force row level security;
