-- Playbooks: rules mined from the top reps' footprints, drafted, edited by a manager, published per scope (the
-- company, or a role and the roles below it). Every published version is kept (RETIRED once replaced). A mining runs
-- in the background; its progress and a request to stop live in the row, where every server sees them.
create table playbook (
    tenant_id        uuid        not null,
    id               uuid        not null,
    scope_role_id    uuid,
    status           text        not null check (status in ('MINING', 'DRAFT', 'PUBLISHED', 'RETIRED', 'FAILED',
                                                            'CANCELLED')),
    version          integer,
    revision         integer     not null default 1,
    period_from      date        not null,
    period_to        date        not null,
    top_reps         uuid[]      not null default '{}',
    top_chosen       boolean     not null default false,
    progress         real        not null default 0,
    cancel_requested boolean     not null default false,
    deals            integer     not null default 0,
    tested           integer     not null default 0,
    samples          text        not null default '[]',
    comparison       text        not null default '[]',
    problem          text,
    based_on         uuid,
    created_by       uuid        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    finished_at      timestamptz,
    published_at     timestamptz,
    published_by     uuid,
    primary key (tenant_id, id)
);
create index playbook_recent_idx on playbook (tenant_id, created_at desc, id);
-- one published playbook per scope
create unique index playbook_published_idx on playbook (tenant_id,
    coalesce(scope_role_id, '00000000-0000-0000-0000-000000000000'::uuid)) where status = 'PUBLISHED';

create table playbook_rule (
    tenant_id       uuid             not null,
    playbook_id     uuid             not null,
    id              uuid             not null,
    position        integer          not null,
    stage_id        uuid             not null,
    condition       text             not null,
    wording         text,
    gate            boolean          not null default false,
    edited          boolean          not null default false,
    met_won         integer          not null,
    won             integer          not null,
    met_lost        integer          not null,
    lost            integer          not null,
    won_share       double precision not null,
    lost_share      double precision not null,
    difference      double precision not null,
    difference_low  double precision not null,
    difference_high double precision not null,
    lift            double precision not null,
    support         double precision not null,
    p_value         double precision not null,
    q_value         double precision not null,
    confidence      double precision not null,
    primary key (tenant_id, playbook_id, id),
    foreign key (tenant_id, playbook_id) references playbook (tenant_id, id) on delete cascade
);

do $$
declare t text;
begin
    foreach t in array array['playbook', 'playbook_rule'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''${tenantSetting}'', true), '''')::uuid) '
                       'with check (tenant_id = nullif(current_setting(''${tenantSetting}'', true), '''')::uuid)', t);
    end loop;
end
$$;
