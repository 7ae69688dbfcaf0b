-- Reminders: what a user should act on, raised once when it falls due (a follow-up's day, a deal stuck in its stage,
-- an evening without a daily report, customers handed over). A reminder whose cause is gone (the follow-up done, the
-- deal moved, the report written) is no longer shown; the row stays until the user's notifications are trimmed.
create table notification (
    tenant_id  uuid         not null references tenant (id),
    id         uuid         not null,
    user_id    uuid         not null,
    kind       varchar(16)  not null
        check (kind in ('FOLLOW_UP', 'DEAL_STALLED', 'REPORT_MISSING', 'HANDED_OVER', 'TRANSFERRED')),
    -- the footprint, deal, user (report), customer or transfer it is about
    subject_id uuid         not null,
    -- the day it concerns, in the user's time zone: one reminder per subject and day
    occasion   date         not null,
    -- when it fell due: the footprint's planned time, the deal's entry into its stage, the evening, the handover
    due_at     timestamptz  not null,
    account_id uuid,
    title      varchar(300) not null,
    detail     varchar(300) not null default '',
    created_at timestamptz  not null,
    read_at    timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
create unique index notification_once_uq on notification (tenant_id, user_id, kind, subject_id, occasion);
create index notification_user_idx on notification (tenant_id, user_id, due_at desc, id desc);

-- Each user's reminder settings: the time zone their days are counted in (the browser's, learnt at sign-in, unless
-- set) and whether a morning digest is mailed, with the day it was last mailed.
create table reminder_setting (
    tenant_id      uuid        not null references tenant (id),
    user_id        uuid        not null,
    time_zone      varchar(64),
    digest         boolean     not null default false,
    digest_sent_on date,
    version        bigint      not null,
    primary key (tenant_id, user_id),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);

-- A company's limits: after how many days in one stage an open deal counts as stuck, and from which hour a missing
-- daily report is asked for. Without a row: 14 days, 18:00.
create table reminder_policy (
    tenant_id   uuid    not null references tenant (id),
    stall_days  integer not null check (stall_days between 1 and 365),
    report_hour integer not null check (report_hour between 12 and 23),
    version     bigint  not null,
    primary key (tenant_id)
);

-- A user's calendar feed: a secret address (only its hash kept) a phone's calendar subscribes to. Revoking it, or
-- making a new one, ends the old address.
create table calendar_feed (
    tenant_id   uuid        not null references tenant (id),
    user_id     uuid        not null,
    secret_hash varchar(64) not null,
    created_at  timestamptz not null,
    primary key (tenant_id, user_id),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);
create unique index calendar_feed_secret_uq on calendar_feed (tenant_id, secret_hash);

select tacit_guard_tenant_table(t, '${appRole}', 'select, insert, update, delete')
  from unnest(array['notification', 'reminder_setting', 'reminder_policy', 'calendar_feed']) as t;

-- GLOBAL: which workspaces have a user whose morning digest is due, and from when, so that the digest worker visits
-- only those. Holds no content.
create table digest_due (
    tenant_id uuid        primary key references tenant (id),
    due_at    timestamptz not null
);
comment on table digest_due is 'GLOBAL: the workspaces with a reminder digest due, and when; no content.';
grant select, insert, update, delete on digest_due to ${appRole};

select tacit_plan_for_big_workspaces('public');
