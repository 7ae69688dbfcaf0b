-- A deal that moves takes two rows of the open-deal tally: its old key's (one deal fewer) and its new key's (one more).
-- Taken in that order, two deals of one owner, currency and close date moving between the same two stages in
-- opposite directions at once took the same two rows in opposite orders and deadlocked; PostgreSQL broke the tie by
-- failing one (refused 409, seen under load). The rows are now taken in the order of their keys, so two such moves
-- wait for each other instead.
create or replace function tacit_tally_open_deal() returns trigger language plpgsql as $$
declare
    leaving  boolean := tg_op in ('UPDATE', 'DELETE') and old.closed_at is null;
    arriving boolean := tg_op in ('INSERT', 'UPDATE') and new.closed_at is null;
    arrive_first boolean := leaving and arriving
        and (new.stage_id, new.owner_id, new.currency, coalesce(new.close_date, '-infinity'::date))
          < (old.stage_id, old.owner_id, old.currency, coalesce(old.close_date, '-infinity'::date));
begin
    if arriving and arrive_first then
        insert into open_deal_tally (tenant_id, stage_id, owner_id, currency, close_date, deals, amount)
        values (new.tenant_id, new.stage_id, new.owner_id, new.currency, new.close_date, 1, coalesce(new.amount, 0))
        on conflict (tenant_id, stage_id, owner_id, currency, close_date)
        do update set deals = open_deal_tally.deals + 1, amount = open_deal_tally.amount + excluded.amount;
    end if;
    if leaving then
        update open_deal_tally set deals = deals - 1, amount = amount - coalesce(old.amount, 0)
         where tenant_id = old.tenant_id and stage_id = old.stage_id and owner_id = old.owner_id
           and currency = old.currency and close_date is not distinct from old.close_date;
    end if;
    if arriving and not arrive_first then
        insert into open_deal_tally (tenant_id, stage_id, owner_id, currency, close_date, deals, amount)
        values (new.tenant_id, new.stage_id, new.owner_id, new.currency, new.close_date, 1, coalesce(new.amount, 0))
        on conflict (tenant_id, stage_id, owner_id, currency, close_date)
        do update set deals = open_deal_tally.deals + 1, amount = open_deal_tally.amount + excluded.amount;
    end if;
    return null;
end
$$;
