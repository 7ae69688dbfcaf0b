-- A workspace's archive (an operator's export, imported as a new workspace) and its deletion.
--
-- What an archive holds is said by the tables themselves, so that a plugin's tables follow the same rule: every table
-- with a tenant_id (core or plugin schema) is exported, except those whose comment starts with
--   DERIVED:    kept by triggers from other tables; the import rebuilds them by inserting those tables;
--   TRANSIENT:  secrets and work in flight; a copy would let the old workspace's keys open the new one.
-- A GLOBAL table with a row per workspace goes along only when its comment says [exported].
comment on table account_search_gram is 'DERIVED: search grams of customers, kept by triggers on account and contact.';
comment on table open_deal_tally is 'DERIVED: open deals per stage, owner, currency and close date, kept by a trigger.';
comment on table api_token is 'TRANSIENT: sessions and API tokens (hashes of secrets); people sign in again.';
comment on table account_link is 'TRANSIENT: one-time links sent by mail (hashes of secrets).';
comment on table calendar_feed is 'TRANSIENT: secret calendar addresses (hashes); users subscribe again.';
comment on table mail_outbox is 'TRANSIENT: mail on its way, which may carry one-time links.';
comment on table plugin_job_run is 'TRANSIENT: claims of scheduled module runs.';
comment on table digest_due is 'GLOBAL: the workspaces with a reminder digest due, and when; no content. [exported]';

-- Each export of a workspace: who made it, how far it got, and the checksum of its manifest. A deletion asks for a
-- recent finished one unless the operator overrides.
create table tenant_export (
    id           uuid         primary key,
    tenant_id    uuid         not null references tenant (id) on delete cascade,
    operator_id  uuid         references operator (id),
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    status       varchar(16)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    tables_total integer      not null,
    tables_done  integer      not null default 0,
    rows_written bigint       not null default 0,
    bytes        bigint       not null default 0,
    sha256       varchar(64),
    problem      varchar(500)
);
create index tenant_export_tenant_idx on tenant_export (tenant_id, started_at desc);
comment on table tenant_export is 'GLOBAL: exports of workspaces (progress and checksum); no content.';
grant select, insert, update, delete on tenant_export to ${appRole};

-- Deletion: the workspace waits in DELETING until delete_after (restorable until then), then every row of it goes.
alter table tenant add column delete_after timestamptz;
alter table tenant add column status_before_deletion varchar(16);
create index tenant_delete_after_idx on tenant (delete_after) where delete_after is not null;
