-- Citus refuses ON DELETE SET NULL on a foreign key that includes the distribution column (tenant_id). The three keys
-- that cleared a reference when the contact or deal it named was deleted now leave that to triggers, on a single
-- PostgreSQL as on a cluster: deleting a contact clears it from its deals and footprints, deleting a deal clears it
-- from its footprints. The keys themselves still hold (no footprint names a contact that is not there). A row whose
-- account is going in the same delete (an account takes its contacts, deals and footprints with it) is left alone:
-- it goes too, and changing it would check its keys against the account already gone.
alter table opportunity drop constraint opportunity_tenant_id_primary_contact_id_fkey,
    add constraint opportunity_tenant_id_primary_contact_id_fkey
        foreign key (tenant_id, primary_contact_id) references contact (tenant_id, id);
alter table activity drop constraint activity_tenant_id_contact_id_fkey,
    add constraint activity_tenant_id_contact_id_fkey
        foreign key (tenant_id, contact_id) references contact (tenant_id, id);
alter table activity drop constraint activity_tenant_id_opportunity_id_fkey,
    add constraint activity_tenant_id_opportunity_id_fkey
        foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id);

-- Each statement names the workspace and one row, so that on Citus it runs on the shard of the row being deleted
-- (a trigger on a shard may not start a query across shards).
create function tacit_clear_contact_references() returns trigger
language plpgsql as $$
declare
    account_stays boolean := old.account_id is null
        or exists (select 1 from account a where a.tenant_id = old.tenant_id and a.id = old.account_id);
begin
    update opportunity o set primary_contact_id = null
     where o.tenant_id = old.tenant_id and o.primary_contact_id = old.id
       and (account_stays or o.account_id is distinct from old.account_id);
    update activity x set contact_id = null
     where x.tenant_id = old.tenant_id and x.contact_id = old.id
       and (account_stays or x.account_id is distinct from old.account_id);
    return old;
end
$$;
create trigger contact_references before delete on contact
    for each row execute function tacit_clear_contact_references();

create function tacit_clear_deal_references() returns trigger
language plpgsql as $$
declare
    account_stays boolean := old.account_id is null
        or exists (select 1 from account a where a.tenant_id = old.tenant_id and a.id = old.account_id);
begin
    update activity x set opportunity_id = null
     where x.tenant_id = old.tenant_id and x.opportunity_id = old.id
       and (account_stays or x.account_id is distinct from old.account_id);
    return old;
end
$$;
create trigger deal_references before delete on opportunity
    for each row execute function tacit_clear_deal_references();
