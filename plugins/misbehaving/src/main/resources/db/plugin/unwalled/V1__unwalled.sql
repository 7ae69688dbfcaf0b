-- deliberately missing forced row-level security: the host must refuse this plugin
create table note (
    tenant_id uuid not null,
    id        uuid not null,
    body      text not null,
    primary key (tenant_id, id)
);
