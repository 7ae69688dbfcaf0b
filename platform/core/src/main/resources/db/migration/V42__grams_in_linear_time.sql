-- A customer with many contacts could not take more. Its search text holds every contact's name and phone; each
-- contact added re-derived that text from all the customer's contacts and then the grams of the whole text, old and
-- new. V5's tacit_text_grams cut the text with substr(s, i, n), which walks a UTF-8 string from its start at every
-- call, so one text cost the square of its length (9 KB: 0.75 s): 250 contacts imported into one customer ran 415 s
-- and failed at the transaction's 120 s (docs/performance.md, "A thirteenth look").

-- The same grams in one pass: the characters are split once and each is seen beside the two that follow it
-- (9 KB: 24 ms; 90 KB: 0.2 s). CustomerSearchIT compares it with V5's definition.
create or replace function tacit_text_grams(t text) returns text[]
language sql immutable strict parallel safe as $$
    with chars as (
        select ch as c1, lead(ch) over (order by i) as c2, lead(ch, 2) over (order by i) as c3
          from unnest(string_to_array(lower(t), null)) with ordinality u(ch, i))
    select coalesce(array_agg(distinct g), '{}') from (
        select c1 || c2 || c3 as g from chars where c3 is not null
        union all
        select g from chars, lateral (values (c1), (c1 || c2)) w(g) where g !~ '[\x01-\x7f]'
    ) grams
$$;

-- When a customer's search text only grew at its end (a contact added), no gram goes, and the new ones all lie
-- within the added text and the two characters before it: only those are cut, whatever the length of the rest.
-- Otherwise as V41.
create or replace function tacit_account_search_grams_sync() returns trigger
language plpgsql as $$
declare
    appended boolean := tg_op = 'UPDATE' and starts_with(new.search_text, old.search_text);
    old_grams text[] := case when tg_op = 'INSERT' or appended then '{}' else tacit_text_grams(old.search_text) end;
    new_grams text[] := case
        when tg_op = 'DELETE' then '{}'
        when appended then tacit_text_grams(right(old.search_text, 2)
            || right(new.search_text, length(new.search_text) - length(old.search_text)))
        else tacit_text_grams(new.search_text) end;
    row_tenant uuid := coalesce(new.tenant_id, old.tenant_id);
    row_id uuid := coalesce(new.id, old.id);
begin
    if tg_op <> 'INSERT' and not appended then
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

-- A contact added appends its line to its customer's search text instead of re-deriving the text from every contact
-- (so the grams above see an append). The lines are then in the order the contacts came, not in id order until the
-- next re-derivation (a rename, a contact changed or removed); a search looks for a term within one line, which the
-- order does not change. The new text is written as an expression of the row's own, so two transactions adding
-- contacts to one customer at once both land: the second's update is evaluated again on the first's row.
-- The line is worked out first: Citus takes no STABLE function (concat_ws) in an UPDATE's expressions.
create or replace function tacit_contact_search_sync() returns trigger
language plpgsql as $$
declare
    line text;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform tacit_refresh_account_search(old.tenant_id, old.account_id);
    end if;
    if tg_op = 'INSERT' then
        line := E'\n' || lower(concat_ws(E'\n', new.name, new.phone));
        update account a set search_text = a.search_text || line
         where a.tenant_id = new.tenant_id and a.id = new.account_id;
    elsif tg_op = 'UPDATE' and new.account_id <> old.account_id then
        perform tacit_refresh_account_search(new.tenant_id, new.account_id);
    end if;
    return null;
end
$$;
