-- Since V44 a deal won, reopened or deleted locks its customer before the deal (the lifetime value is kept on the
-- customer's row), the order a bulk transfer takes them in. Deleting a contact took them the other way round: its
-- deals first (clearing it as their primary contact, V34), then the customer (its search text, V43); deleting a
-- contact while one of its deals was won could deadlock. The customer is now locked first, as everywhere else.
create or replace function tacit_clear_contact_references() returns trigger
language plpgsql as $$
declare
    account_stays boolean := old.account_id is null
        or exists (select 1 from account a where a.tenant_id = old.tenant_id and a.id = old.account_id);
begin
    if account_stays and old.account_id is not null then
        perform 1 from account a where a.tenant_id = old.tenant_id and a.id = old.account_id for no key update;
    end if;
    update opportunity o set primary_contact_id = null
     where o.tenant_id = old.tenant_id and o.primary_contact_id = old.id
       and (account_stays or o.account_id is distinct from old.account_id);
    update activity x set contact_id = null
     where x.tenant_id = old.tenant_id and x.contact_id = old.id
       and (account_stays or x.account_id is distinct from old.account_id);
    return old;
end
$$;
