-- The company's win model: one row per company, replaced by each training; while training, status TRAINING. The
-- model is text (weights, means, scales, the owners' records, the holdout's figures), readable in psql.
create table win_model (
    tenant_id    uuid        not null primary key,
    status       text        not null check (status in ('TRAINING', 'READY', 'TOO_FEW', 'FAILED')),
    model        text,
    deals        integer     not null default 0,
    won          integer     not null default 0,
    lost         integer     not null default 0,
    problem      text,
    started_at   timestamptz not null,
    trained_at   timestamptz
);
alter table win_model enable row level security;
alter table win_model force row level security;
create policy tenant_isolation on win_model
    using (tenant_id = nullif(current_setting('${tenantSetting}', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('${tenantSetting}', true), '')::uuid);
