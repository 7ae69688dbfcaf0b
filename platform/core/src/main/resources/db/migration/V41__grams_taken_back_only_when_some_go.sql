-- A new customer has no grams to take back, yet V5's trigger ran its DELETE of the grams that went on every INSERT
-- too. That DELETE's plan is cached per connection: when autovacuum analyses account_search_gram early in a big
-- import, it sees none of the import's uncommitted rows, the trigger is planned again for an empty table (a
-- sequential scan), and each row inserted then reads every gram the import wrote before it. A first import of 10,000
-- customers into a fresh database took ~60 s instead of ~9 s (docs/performance.md, "A twelfth look"). Only an UPDATE
-- or a DELETE can drop grams, so only they run the DELETE; the rest of the function is V5's.
create or replace function tacit_account_search_grams_sync() returns trigger
language plpgsql as $$
declare
    old_grams text[] := case when tg_op = 'INSERT' then '{}' else tacit_text_grams(old.search_text) end;
    new_grams text[] := case when tg_op = 'DELETE' then '{}' else tacit_text_grams(new.search_text) end;
    row_tenant uuid := coalesce(new.tenant_id, old.tenant_id);
    row_id uuid := coalesce(new.id, old.id);
begin
    if tg_op <> 'INSERT' then
        delete from account_search_gram
            where tenant_id = row_tenant and account_id = row_id
              and gram = any (array(select unnest(old_grams) except select unnest(new_grams)));
    end if;
    insert into account_search_gram (tenant_id, gram, account_id)
        select row_tenant, g, row_id from (select unnest(new_grams) except select unnest(old_grams)) added(g)
        on conflict do nothing;
    return null;
end
$$;
