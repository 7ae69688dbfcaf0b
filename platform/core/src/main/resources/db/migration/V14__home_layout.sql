-- Each user's home page: the cards in the order they chose, and those they hid. Keys are 'core:<card>' or
-- '<plugin id>:<widget id>'; cards not named keep the host's order after the named ones, so a new module's card
-- appears without anyone arranging it.
create table home_layout (
    tenant_id  uuid        not null references tenant (id),
    user_id    uuid        not null,
    card_order text[]      not null default '{}',
    hidden     text[]      not null default '{}',
    changed_at timestamptz not null,
    primary key (tenant_id, user_id),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);

alter table home_layout enable row level security;
alter table home_layout force row level security;
create policy tenant_isolation on home_layout
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update, delete on home_layout to ${appRole};
