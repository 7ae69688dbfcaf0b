-- Daily progress reports with managers' comments, and sales targets per user or per role subtree.

create table daily_report (
    tenant_id     uuid         not null references tenant (id),
    id            uuid         not null,
    author_id     uuid         not null,
    report_date   date         not null,
    time_zone     varchar(64)  not null,
    progress      text         not null,
    plan          text         not null,
    obstacles     text         not null,
    submitted_at  timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, author_id) references app_user (tenant_id, id)
);
create unique index daily_report_author_date_uq on daily_report (tenant_id, author_id, report_date);
create index daily_report_date_idx on daily_report (tenant_id, report_date desc, author_id);

create table daily_report_comment (
    tenant_id   uuid          not null references tenant (id),
    id          uuid          not null,
    report_id   uuid          not null,
    author_id   uuid          not null,
    body        varchar(2000) not null,
    created_at  timestamptz   not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, report_id) references daily_report (tenant_id, id) on delete cascade,
    foreign key (tenant_id, author_id) references app_user (tenant_id, id)
);
create index daily_report_comment_report_idx on daily_report_comment (tenant_id, report_id, created_at);

-- A target belongs to one user, or to a role with everyone below it (a manager's team).
create table sales_target (
    tenant_id     uuid           not null references tenant (id),
    id            uuid           not null,
    subject_type  varchar(8)     not null check (subject_type in ('USER', 'ROLE')),
    subject_id    uuid           not null,
    period_kind   varchar(8)     not null check (period_kind in ('MONTH', 'QUARTER')),
    period_start  date           not null,
    amount        numeric(16, 2) not null check (amount >= 0),
    currency      char(3)        not null,
    set_by        uuid           not null,
    updated_at    timestamptz    not null,
    version       bigint         not null,
    primary key (tenant_id, id)
);
create unique index sales_target_subject_period_uq on sales_target (tenant_id, subject_type, subject_id, period_kind, period_start, currency);
-- Attainment sums won deals by owner and close time.
create index opportunity_closed_idx on opportunity (tenant_id, owner_id, closed_at) where closed_at is not null;

select tacit_guard_tenant_table(t, '${appRole}', 'select, insert, update, delete')
from unnest(array['daily_report', 'daily_report_comment', 'sales_target']) as t;
