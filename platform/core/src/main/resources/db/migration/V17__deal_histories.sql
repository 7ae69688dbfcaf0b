-- Deals' histories for the modules (a playbook mining reads every closed deal's stage changes and done footprints,
-- a few thousand deals at a time): both read by deal in time order from the index alone. They replace the indexes by
-- deal they extend, so writes pay for no extra index; a stage's evidence (done footprints of a type on a deal) reads
-- the new one as it read the old.
create index activity_deal_history_idx on activity (tenant_id, opportunity_id, occurred_at)
    include (type, status, contact_id) where opportunity_id is not null;
drop index activity_opportunity_idx;

create index stage_change_deal_history_idx on stage_change (tenant_id, opportunity_id, changed_at)
    include (to_stage_id, owner_id);
drop index stage_change_opportunity_idx;
