-- Two transactions adding contacts to one customer at once each derived the customer's search text from the contacts
-- it could see, and the second's write replaced the first's: one contact's line was lost until the customer's next
-- change. The customer's row is now locked before its contacts are read, so the second waits for the first and reads
-- its contact too (READ COMMITTED takes a fresh snapshot for the next statement). "No key update" is the lock the
-- update takes anyway; unlike "for update" it does not wait for the key-share locks that inserting a contact (its
-- foreign key) takes, which would deadlock two inserts into one customer.
create or replace function tacit_refresh_account_search(tenant uuid, account uuid) returns void
language plpgsql as $$
declare
    account_name  text;
    account_phone text;
    refreshed     text;
begin
    select a.name, a.phone into account_name, account_phone from account a
     where a.tenant_id = tenant and a.id = account
       for no key update;
    if found then
        refreshed := tacit_account_search_text(tenant, account, account_name, account_phone);
        update account a set search_text = refreshed where a.tenant_id = tenant and a.id = account;
    end if;
end
$$;
