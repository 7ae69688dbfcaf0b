-- The public pool: customers nobody has tended for a tenant's chosen number of days return to it; reps claim them,
-- up to a cap each in any 30 days. Off until a tenant sets the days.

create table pool_policy (
    tenant_id  uuid     not null references tenant (id),
    idle_days  integer  check (idle_days between 1 and 3650),
    claim_cap  integer  not null check (claim_cap between 1 and 10000),
    version    bigint   not null,
    primary key (tenant_id)
);
select tacit_guard_tenant_table('pool_policy', '${appRole}', 'select, insert, update');

-- Set while the customer waits in the pool; its last owner stays in owner_id, for history, without owning it.
alter table account add column pooled_at timestamptz;
create index account_pooled_idx on account (tenant_id, pooled_at desc, id desc) where pooled_at is not null;

create table pool_claim (
    tenant_id   uuid         not null references tenant (id),
    id          uuid         not null,
    account_id  uuid         not null,
    user_id     uuid         not null,
    claimed_at  timestamptz  not null,
    primary key (tenant_id, id)
);
create index pool_claim_user_idx on pool_claim (tenant_id, user_id, claimed_at);
select tacit_guard_tenant_table('pool_claim', '${appRole}', 'select, insert');
