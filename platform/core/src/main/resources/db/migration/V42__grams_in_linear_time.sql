-- A customer with many contacts could not take more. Its search text holds every contact's name and phone, and each
-- contact added re-cut the grams of the whole text, old and new. V5's tacit_text_grams cut the text with
-- substr(s, i, n), which walks a UTF-8 string from its start at every call, so one text cost the square of its
-- length (9 KB: 0.75 s): 250 contacts imported into one customer ran 415 s and failed at the transaction's 120 s
-- (docs/performance.md, "A thirteenth look").

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

-- A contact added, changed or removed changes one stretch of its customer's search text; the rest is the same at
-- the start and at the end. Only grams that touch the changed stretch can come or go, and they all lie within it and
-- the two characters either side: only that window is cut, old and new, whatever the length of the rest. A gram cut
-- from the old window goes only when it occurs nowhere in the new text. The shared start and end are found by
-- halving, on the texts' bytes (a slice of bytes costs its length; of characters, a walk from the start); the window
-- is widened by 12 bytes (three characters at least) each side to whole characters. Otherwise as V41.
create or replace function tacit_account_search_grams_sync() returns trigger
language plpgsql as $$
declare
    old_bytes bytea := convert_to(case when tg_op = 'INSERT' then '' else old.search_text end, 'UTF8');
    new_bytes bytea := convert_to(case when tg_op = 'DELETE' then '' else new.search_text end, 'UTF8');
    old_length int := length(old_bytes);
    new_length int := length(new_bytes);
    head int := 0;
    tail int := 0;
    bound int;
    probe int;
    old_grams text[];
    new_grams text[];
    new_lower text;
    row_tenant uuid := coalesce(new.tenant_id, old.tenant_id);
    row_id uuid := coalesce(new.id, old.id);
begin
    if tg_op = 'UPDATE' then
        bound := least(old_length, new_length);
        while head < bound loop
            probe := (head + bound + 1) / 2;
            if substr(old_bytes, 1, probe) = substr(new_bytes, 1, probe) then head := probe; else bound := probe - 1;
            end if;
        end loop;
        bound := least(old_length, new_length) - head;
        while tail < bound loop
            probe := (tail + bound + 1) / 2;
            if substr(old_bytes, old_length - probe + 1, probe) = substr(new_bytes, new_length - probe + 1, probe) then
                tail := probe;
            else
                bound := probe - 1;
            end if;
        end loop;
        -- the shared bytes are the same in both texts, so one widening fits both: back to a character's first byte
        head := greatest(head - 12, 0);
        while head > 0 and get_byte(new_bytes, head) & 192 = 128 loop
            head := head - 1;
        end loop;
        tail := greatest(tail - 12, 0);
        while tail > 0 and get_byte(new_bytes, new_length - tail) & 192 = 128 loop
            tail := tail - 1;
        end loop;
    end if;
    old_grams := tacit_text_grams(convert_from(substr(old_bytes, head + 1, old_length - head - tail), 'UTF8'));
    new_grams := tacit_text_grams(convert_from(substr(new_bytes, head + 1, new_length - head - tail), 'UTF8'));
    if tg_op <> 'INSERT' then
        new_lower := lower(convert_from(new_bytes, 'UTF8'));
        delete from account_search_gram
            where tenant_id = row_tenant and account_id = row_id
              and gram = any (array(select g from (select unnest(old_grams) except select unnest(new_grams)) gone(g)
                                     where strpos(new_lower, g) = 0));
    end if;
    insert into account_search_gram (tenant_id, gram, account_id)
        select row_tenant, g, row_id from (select unnest(new_grams) except select unnest(old_grams)) added(g)
        on conflict do nothing;
    return null;
end
$$;
