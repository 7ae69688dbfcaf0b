-- The analytics figures read in bulk what the screens read one record at a time.

-- Index-only scans for the heaviest reads: won deals in a period with everything their sums need, customers' owners
-- and names for the revenue by customer, each customer's done footprints newest first (last touch, people engaged).
create index opportunity_closed_cover_idx on opportunity (tenant_id, closed_at)
    include (stage_id, currency, amount, account_id, owner_id) where closed_at is not null;
create index account_owner_name_idx on account (tenant_id, id) include (owner_id, name);
create index activity_done_idx on activity (tenant_id, account_id, occurred_at)
    include (contact_id, opportunity_id) where status = 'DONE';

-- A stage change remembers who owned the deal then: time in stage is the owner's of that time, and a period's stage
-- history reads without visiting every deal.
-- (the owner role runs migrations; for these statements it reads and writes past the tenant policies, as in V5)
alter table stage_change add column owner_id uuid;
alter table stage_change no force row level security;
alter table opportunity no force row level security;
update stage_change h set owner_id = o.owner_id from opportunity o
 where o.tenant_id = h.tenant_id and o.id = h.opportunity_id;
alter table opportunity force row level security;
alter table stage_change force row level security;
alter table stage_change alter column owner_id set not null;
alter table stage_change add foreign key (tenant_id, owner_id) references app_user (tenant_id, id);
create index stage_change_changed_idx on stage_change (tenant_id, changed_at)
    include (opportunity_id, to_stage_id, owner_id);

-- Open deals summed per stage, owner, currency and close date, kept current by a trigger in the same transaction as
-- the change: the pipeline of a company with hundreds of thousands of open deals is a few hundred rows to add up.
create table open_deal_tally (
    tenant_id   uuid           not null references tenant (id),
    id          uuid           not null default gen_random_uuid(),
    stage_id    uuid           not null,
    owner_id    uuid           not null,
    currency    char(3)        not null,
    close_date  date,
    deals       integer        not null,
    amount      numeric(18, 2) not null,
    primary key (tenant_id, id),
    unique nulls not distinct (tenant_id, stage_id, owner_id, currency, close_date)
);
alter table open_deal_tally enable row level security;
alter table open_deal_tally force row level security;
create policy tenant_isolation on open_deal_tally
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update, delete on open_deal_tally to ${appRole};

create function tacit_tally_open_deal() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.closed_at is null then
        update open_deal_tally set deals = deals - 1, amount = amount - coalesce(old.amount, 0)
         where tenant_id = old.tenant_id and stage_id = old.stage_id and owner_id = old.owner_id
           and currency = old.currency and close_date is not distinct from old.close_date;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.closed_at is null then
        insert into open_deal_tally (tenant_id, stage_id, owner_id, currency, close_date, deals, amount)
        values (new.tenant_id, new.stage_id, new.owner_id, new.currency, new.close_date, 1, coalesce(new.amount, 0))
        on conflict (tenant_id, stage_id, owner_id, currency, close_date)
        do update set deals = open_deal_tally.deals + 1, amount = open_deal_tally.amount + excluded.amount;
    end if;
    return null;
end
$$;
create trigger open_deal_tally after insert or delete
    or update of stage_id, owner_id, currency, close_date, amount, closed_at on opportunity
    for each row execute function tacit_tally_open_deal();

-- The tally of one company from scratch: for loads that bypass triggers (bulk copies) and for this migration.
create function tacit_recount_open_deals(tenant uuid) returns void language sql as $$
    delete from open_deal_tally where tenant_id = tenant;
    insert into open_deal_tally (tenant_id, stage_id, owner_id, currency, close_date, deals, amount)
    select tenant_id, stage_id, owner_id, currency, close_date, count(*), coalesce(sum(amount), 0)
      from opportunity where tenant_id = tenant and closed_at is null
     group by tenant_id, stage_id, owner_id, currency, close_date;
$$;
alter table opportunity no force row level security;
alter table open_deal_tally no force row level security;
select tacit_recount_open_deals(id) from tenant;
alter table open_deal_tally force row level security;
alter table opportunity force row level security;
