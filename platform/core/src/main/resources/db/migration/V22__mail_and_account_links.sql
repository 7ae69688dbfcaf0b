-- Mail leaves through an outbox: written in the transaction of the change it reports, sent after commit by a worker,
-- retried with growing pauses. Its bodies are cleared once sent (they may carry a one-time link).
create table mail_outbox (
    tenant_id       uuid         not null references tenant (id),
    id              uuid         not null,
    kind            varchar(40)  not null,
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body_text       text         not null,
    body_html       text         not null,
    created_at      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    given_up_at     timestamptz,
    last_error      varchar(500),
    primary key (tenant_id, id)
);
create index mail_outbox_due_idx on mail_outbox (tenant_id, next_attempt_at)
    where sent_at is null and given_up_at is null;

-- GLOBAL: which workspaces have mail waiting, and from when, so that the retry worker visits only those. Holds no
-- content; a row goes when its workspace's outbox has nothing left to send.
create table mail_due (
    tenant_id uuid        primary key references tenant (id),
    due_at    timestamptz not null
);
comment on table mail_due is 'GLOBAL: the workspaces with mail waiting in their outbox; no content.';

-- One-time links sent by mail: an invitation, a password reset, a confirmation of the e-mail address. Only the hash of
-- the link's secret is kept.
create table account_link (
    tenant_id   uuid        not null references tenant (id),
    id          uuid        not null,
    user_id     uuid        not null,
    purpose     varchar(24) not null check (purpose in ('INVITATION', 'PASSWORD_RESET', 'EMAIL_VERIFICATION')),
    secret_hash varchar(64) not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    version     bigint      not null,
    primary key (tenant_id, id),
    -- deferred: a user and their first link are written in one transaction, in whatever order the ORM picks
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
        deferrable initially deferred
);
create unique index account_link_secret_uq on account_link (tenant_id, secret_hash);
create index account_link_user_idx on account_link (tenant_id, user_id, purpose);

do $$
declare t text;
begin
    foreach t in array array['mail_outbox', 'account_link'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        execute format('grant select, insert, update, delete on %I to %I', t, '${appRole}');
    end loop;
end
$$;
grant select, insert, update, delete on mail_due to ${appRole};
-- cached plans for the biggest workspace, as for every tenant table (V21)
select tacit_plan_for_big_workspaces('public');

-- An invited person has no password until they choose one from their invitation.
alter table app_user alter column password_hash drop not null;
-- When the person proved the address theirs (a link followed); users added before this existed are taken as proven.
alter table app_user add column email_verified_at timestamptz;
-- (the owner role runs migrations; for this statement it writes past the tenant policy, as in V15)
alter table app_user no force row level security;
update app_user set email_verified_at = created_at;
alter table app_user force row level security;
