-- Sample data a new company may load to try the product, and remove again: its customers are marked (their contacts,
-- deals and footprints go with them when they are removed).
alter table account add column sample boolean not null default false;
create index account_sample_idx on account (tenant_id, id) where sample;
