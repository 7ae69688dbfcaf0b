-- Requests per workspace, minute and server, for the plans' per-minute API limit: each server writes its own count
-- (absolute, so writing twice is harmless) and reads the others', so the limit holds across servers. Only workspaces
-- whose plan has such a limit appear here; rows older than a few minutes are deleted.
create table tenant_api_minute (
    tenant_id  uuid         not null references tenant (id) on delete cascade,
    minute     timestamptz  not null,
    server     varchar(100) not null,
    requests   bigint       not null,
    primary key (tenant_id, minute, server)
);
comment on table tenant_api_minute is 'GLOBAL: API requests per workspace, minute and server (rate limits); no content.';
grant select, insert, update, delete on tenant_api_minute to ${appRole};
