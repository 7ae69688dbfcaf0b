-- A rep's own customers, in each list order, straight from an index: the owner branch of a rep's list reads its page
-- and stops. Before, PostgreSQL either walked the workspace's ordered index filtering by owner or sorted all of the
-- rep's customers, and which of the two depended on the plan it cached (docs/performance.md, step 5). Both replace
-- the owner-only index, whose lookups (transfers, owner filters) they serve as well.
create index account_owner_newest_idx on account (tenant_id, owner_id, created_at desc, id desc);
create index account_owner_byname_idx on account (tenant_id, owner_id, name, id);
drop index account_owner_idx;
