-- A customer's lifetime value (its won deals' amounts, summed per currency) was a second statement beside every list
-- page, search page and customer page: the read mix's largest PostgreSQL statement (~17 % of its statement time) and
-- a round trip more for the server (docs/performance.md, "An eighteenth look"). It is now kept on the customer's row,
-- read with it, by the deals' trigger below, as the open-deal tally is kept (V15, V38).
--
-- The shape is {"EUR": {"deals": 2, "amount": 1200.00}}: the count says when a currency's last won deal has gone (a
-- won deal of amount 0 still shows its currency, as the sum did). Each change is an increment made with the row
-- locked first, so two deals of one customer won at once both count (the second waits and reads the first's value);
-- the value is worked out in PL/pgSQL and written as a constant, because Citus cannot update with a stable function of
-- the row's columns (V35). The server never writes the column (mapped read-only).
alter table account add column won_values jsonb not null default '{}';

-- The won deals of one customer from scratch: for the backfill and for a stage whose kind changes.
create or replace function tacit_account_won_values(tenant uuid, account uuid) returns jsonb
language plpgsql stable as $$
begin
    return coalesce((select jsonb_object_agg(w.currency, jsonb_build_object('deals', w.deals, 'amount', w.amount))
                       from (select o.currency, count(*) as deals, sum(o.amount) as amount
                               from opportunity o join sales_stage s on s.tenant_id = o.tenant_id and s.id = o.stage_id
                              where o.tenant_id = tenant and o.account_id = account and s.kind = 'WON'
                                and o.amount is not null
                              group by o.currency) w), '{}'::jsonb);
end
$$;

-- Adds one won deal's amount (deals = 1) or takes it away (deals = -1, amount negated).
create or replace function tacit_account_won_add(tenant uuid, account uuid, cur text, deals integer,
                                                 amount numeric) returns void
language plpgsql as $$
declare
    won      jsonb;
    counted  integer;
begin
    select a.won_values into won from account a where a.tenant_id = tenant and a.id = account for no key update;
    if not found then
        return; -- the customer is being deleted with its deals
    end if;
    counted := coalesce((won -> cur ->> 'deals')::integer, 0) + deals;
    if counted <= 0 then
        won := won - cur;
    else
        won := won || jsonb_build_object(cur, jsonb_build_object('deals', counted,
                 'amount', coalesce((won -> cur ->> 'amount')::numeric, 0) + amount));
    end if;
    update account a set won_values = won where a.tenant_id = tenant and a.id = account;
end
$$;

create or replace function tacit_stage_is_won(tenant uuid, stage uuid) returns boolean
language plpgsql stable as $$
begin
    return exists (select 1 from sales_stage s where s.tenant_id = tenant and s.id = stage and s.kind = 'WON');
end
$$;

create or replace function tacit_keep_won_values() returns trigger language plpgsql as $$
declare
    was_won boolean := tg_op in ('UPDATE', 'DELETE') and old.amount is not null
        and tacit_stage_is_won(old.tenant_id, old.stage_id);
    is_won  boolean := tg_op in ('INSERT', 'UPDATE') and new.amount is not null
        and tacit_stage_is_won(new.tenant_id, new.stage_id);
begin
    if was_won and is_won and old.account_id = new.account_id and old.currency = new.currency
       and old.amount = new.amount then
        return null;
    end if;
    if was_won then
        perform tacit_account_won_add(old.tenant_id, old.account_id, old.currency, -1, -old.amount);
    end if;
    if is_won then
        perform tacit_account_won_add(new.tenant_id, new.account_id, new.currency, 1, new.amount);
    end if;
    return null;
end
$$;

create trigger account_won_values after insert or delete or update of stage_id, account_id, currency, amount
    on opportunity for each row execute function tacit_keep_won_values();

-- A stage made won (or no longer won) changes the lifetime value of every customer with a deal in it. Its customers
-- are locked in id order first, as a transfer locks them, then each is worked out again.
create or replace function tacit_rekeep_won_values_of_stage() returns trigger language plpgsql as $$
declare
    customer uuid;
    won      jsonb;
begin
    for customer in select a.id from account a
                     where a.tenant_id = new.tenant_id
                       and a.id in (select o.account_id from opportunity o
                                     where o.tenant_id = new.tenant_id and o.stage_id = new.id)
                     order by a.id for no key update of a
    loop
        won := tacit_account_won_values(new.tenant_id, customer);
        update account a set won_values = won where a.tenant_id = new.tenant_id and a.id = customer;
    end loop;
    return null;
end
$$;

create trigger stage_won_values after update of kind on sales_stage for each row
    when (old.kind is distinct from new.kind and 'WON' in (old.kind, new.kind))
    execute function tacit_rekeep_won_values_of_stage();

-- A whole workspace's lifetime values from scratch: for the backfill below and for tools that write deals past the
-- triggers (the benchmarks' data generators), as tacit_recount_open_deals does for the tally.
create or replace function tacit_recount_won_values(tenant uuid) returns void
language plpgsql as $$
begin
    update account a set won_values = '{}' where a.tenant_id = tenant and a.won_values <> '{}';
    update account a set won_values = w.won_values
      from (select o.account_id,
                   jsonb_object_agg(o.currency, jsonb_build_object('deals', o.deals, 'amount', o.amount)) as won_values
              from (select o.account_id, o.currency, count(*) as deals, sum(o.amount) as amount
                      from opportunity o join sales_stage s on s.tenant_id = o.tenant_id and s.id = o.stage_id
                     where o.tenant_id = tenant and s.kind = 'WON' and o.amount is not null
                     group by o.account_id, o.currency) o
             group by o.account_id) w
     where a.tenant_id = tenant and a.id = w.account_id;
end
$$;

-- (the owner role runs migrations; for the backfill it reads and writes past the tenant policies, as in V15)
alter table account no force row level security;
alter table opportunity no force row level security;
alter table sales_stage no force row level security;
select tacit_recount_won_values(id) from tenant;
alter table account force row level security;
alter table opportunity force row level security;
alter table sales_stage force row level security;
