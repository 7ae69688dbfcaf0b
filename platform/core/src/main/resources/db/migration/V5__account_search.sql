-- Customer search that stays fast under row-level security.
--
-- Row-level security lets PostgreSQL use an index only for leakproof operators. LIKE is not leakproof, so the pg_trgm
-- indexes of V3 were never used for the application role: every search filtered all of a tenant's accounts and
-- contacts. Two structures replace them:
--   * account.search_text — the account's name and phone and its contacts' names and phones, lower-cased, one per line:
--     a single cheap LIKE per row while walking an ordered index (good when many accounts match);
--   * account_search_gram — an inverted index of that text (trigrams; for non-ASCII text also single characters and
--     pairs, since a Chinese name is searched by two characters) looked up by equality, which is leakproof (good when
--     few accounts match).
-- Triggers keep both exact on every write path (REST, import, transfer, plugins).

drop index if exists account_name_trgm_idx;
drop index if exists contact_name_trgm_idx;
drop index if exists contact_phone_trgm_idx;

alter table account add column search_text text not null default '';

create table account_search_gram (
    tenant_id   uuid  not null references tenant (id),
    gram        text  not null,
    account_id  uuid  not null,
    primary key (tenant_id, gram, account_id)
);
select tacit_guard_tenant_table('account_search_gram', '${appRole}', 'select, insert, delete');

-- Every gram a text can be found by: its trigrams, and the single characters and pairs of its non-ASCII runs.
-- The application computes the grams of a search term by the same rule (AccountSearchTerm).
create or replace function tacit_text_grams(t text) returns text[]
language sql immutable strict parallel safe as $$
    select coalesce(array_agg(distinct g), '{}') from (
        select substr(s, i, 3) as g from (select lower(t) as s) x, generate_series(1, length(s) - 2) i
        union all
        select substr(s, i, n) from (select lower(t) as s) x, generate_series(1, length(s)) i, (values (1), (2)) w(n)
        where i + n - 1 <= length(s) and substr(s, i, n) !~ '[\x01-\x7f]'
    ) grams
$$;

create or replace function tacit_account_search_text(tenant uuid, account uuid, name text, phone text) returns text
language sql stable as $$
    select lower(concat_ws(E'\n', name, phone,
        (select string_agg(concat_ws(E'\n', c.name, c.phone), E'\n' order by c.id)
         from contact c where c.tenant_id = tenant and c.account_id = account)))
$$;

create or replace function tacit_account_search_text_refresh() returns trigger
language plpgsql as $$
begin
    new.search_text := tacit_account_search_text(new.tenant_id, new.id, new.name, new.phone);
    return new;
end
$$;

create trigger account_search_text before insert or update of name, phone on account
    for each row execute function tacit_account_search_text_refresh();

-- Only the grams that changed are written: renaming one contact touches a handful of rows.
create or replace function tacit_account_search_grams_sync() returns trigger
language plpgsql as $$
declare
    old_grams text[] := case when tg_op = 'INSERT' then '{}' else tacit_text_grams(old.search_text) end;
    new_grams text[] := case when tg_op = 'DELETE' then '{}' else tacit_text_grams(new.search_text) end;
    row_tenant uuid := coalesce(new.tenant_id, old.tenant_id);
    row_id uuid := coalesce(new.id, old.id);
begin
    delete from account_search_gram
        where tenant_id = row_tenant and account_id = row_id
          and gram = any (array(select unnest(old_grams) except select unnest(new_grams)));
    insert into account_search_gram (tenant_id, gram, account_id)
        select row_tenant, g, row_id from (select unnest(new_grams) except select unnest(old_grams)) added(g)
        on conflict do nothing;
    return null;
end
$$;

-- (the text changes by the BEFORE trigger too, which an "update of search_text" trigger would not see)
create trigger account_search_grams after insert or delete on account
    for each row execute function tacit_account_search_grams_sync();
create trigger account_search_grams_update after update on account
    for each row when (old.search_text is distinct from new.search_text) execute function tacit_account_search_grams_sync();

-- A contact's name and phone find its account: any change re-derives the account's search text.
create or replace function tacit_contact_search_sync() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update account a set search_text = tacit_account_search_text(a.tenant_id, a.id, a.name, a.phone)
            where a.tenant_id = old.tenant_id and a.id = old.account_id;
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.account_id <> old.account_id) then
        update account a set search_text = tacit_account_search_text(a.tenant_id, a.id, a.name, a.phone)
            where a.tenant_id = new.tenant_id and a.id = new.account_id;
    end if;
    return null;
end
$$;

create trigger contact_search after insert or delete or update of name, phone, account_id on contact
    for each row execute function tacit_contact_search_sync();

-- Back-fill the accounts already stored (FORCE binds the owner too; lift it for the back-fill only).
alter table account no force row level security;
alter table contact no force row level security;
alter table account_search_gram no force row level security;
alter table account disable trigger account_search_grams_update;
update account a set search_text = tacit_account_search_text(a.tenant_id, a.id, a.name, a.phone);
insert into account_search_gram (tenant_id, gram, account_id)
    select distinct a.tenant_id, g, a.id from account a, unnest(tacit_text_grams(a.search_text)) g;
alter table account enable trigger account_search_grams_update;
alter table account force row level security;
alter table contact force row level security;
alter table account_search_gram force row level security;
