-- Runs of modules' scheduled jobs, one row per company, job and scheduled time. The primary key is the claim: the
-- server whose insert succeeds runs it, every other server's insert does nothing — exactly once however many servers.
create table plugin_job_run (
    tenant_id    uuid        not null references tenant (id),
    plugin_id    text        not null,
    job          text        not null,
    scheduled_at timestamptz not null,
    server       text        not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    outcome      text        check (outcome in ('DONE', 'FAILED', 'TIMED_OUT')),
    detail       text        check (length(detail) <= 2000),
    primary key (tenant_id, plugin_id, job, scheduled_at)
);

alter table plugin_job_run enable row level security;
alter table plugin_job_run force row level security;
create policy tenant_isolation on plugin_job_run
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update, delete on plugin_job_run to ${appRole};
