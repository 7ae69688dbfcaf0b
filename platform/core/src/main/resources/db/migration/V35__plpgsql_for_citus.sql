-- Citus cannot plan a statement on a distributed table inside a LANGUAGE sql function that uses its parameters ("could
-- not create distributed plan"); the same bodies in PL/pgSQL are planned statement by statement like any other query,
-- on a single PostgreSQL as on a cluster.
create or replace function tacit_account_search_text(tenant uuid, account uuid, name text, phone text) returns text
language plpgsql stable as $$
begin
    return lower(concat_ws(E'\n', name, phone,
        (select string_agg(concat_ws(E'\n', c.name, c.phone), E'\n' order by c.id)
         from contact c where c.tenant_id = tenant and c.account_id = account)));
end
$$;

create or replace function tacit_recount_open_deals(tenant uuid) returns void
language plpgsql as $$
begin
    delete from open_deal_tally where tenant_id = tenant;
    insert into open_deal_tally (tenant_id, stage_id, owner_id, currency, close_date, deals, amount)
    select o.tenant_id, o.stage_id, o.owner_id, o.currency, o.close_date, count(*), coalesce(sum(o.amount), 0)
      from opportunity o where o.tenant_id = tenant and o.closed_at is null
     group by o.tenant_id, o.stage_id, o.owner_id, o.currency, o.close_date;
end
$$;

-- Nor can Citus update with a STABLE function of the row's columns: a contact's change works out its account's new
-- search text first, then writes the value.
create or replace function tacit_refresh_account_search(tenant uuid, account uuid) returns void
language plpgsql as $$
declare
    account_name  text;
    account_phone text;
    refreshed     text;
begin
    select a.name, a.phone into account_name, account_phone from account a
     where a.tenant_id = tenant and a.id = account;
    if found then
        refreshed := tacit_account_search_text(tenant, account, account_name, account_phone);
        update account a set search_text = refreshed where a.tenant_id = tenant and a.id = account;
    end if;
end
$$;

create or replace function tacit_contact_search_sync() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform tacit_refresh_account_search(old.tenant_id, old.account_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.account_id <> old.account_id) then
        perform tacit_refresh_account_search(new.tenant_id, new.account_id);
    end if;
    return null;
end
$$;
