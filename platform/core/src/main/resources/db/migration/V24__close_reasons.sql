-- Why deals are won or lost: each company's own lists, which a deal entering a won or lost stage picks from, with the
-- competitor it was won against or lost to.
create table close_reason (
    tenant_id uuid         not null references tenant (id),
    id        uuid         not null,
    kind      varchar(8)   not null check (kind in ('WON', 'LOST')),
    label     varchar(100) not null,
    position  integer      not null,
    retired   boolean      not null default false,
    version   bigint       not null,
    primary key (tenant_id, id)
);
create unique index close_reason_label_uq on close_reason (tenant_id, kind, lower(label)) where not retired;

alter table close_reason enable row level security;
alter table close_reason force row level security;
create policy tenant_isolation on close_reason
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update, delete on close_reason to ${appRole};

alter table opportunity add column close_reason_id uuid;
alter table opportunity add column competitor varchar(200);
alter table opportunity add foreign key (tenant_id, close_reason_id) references close_reason (tenant_id, id);

-- Every existing workspace starts with the lists a new one gets, in its language. (The owner role writes past the
-- tenant policy here, as in V15.)
alter table close_reason no force row level security;
insert into close_reason (tenant_id, id, kind, label, position, version)
select t.id, gen_random_uuid(), r.kind, case when t.locale like 'zh%' then r.chinese else r.english end, r.position, 0
  from tenant t cross join (values
      ('WON', 1, 'Price', '价格有优势'), ('WON', 2, 'Product fit', '产品契合需求'),
      ('WON', 3, 'Relationship', '客户关系'), ('WON', 4, 'Service and support', '服务与支持'),
      ('LOST', 1, 'Price', '价格'), ('LOST', 2, 'Lost to a competitor', '输给竞争对手'),
      ('LOST', 3, 'No budget', '没有预算'), ('LOST', 4, 'No decision', '客户未决策'),
      ('LOST', 5, 'Timing', '时机不对')) as r(kind, position, english, chinese);
alter table close_reason force row level security;

select tacit_plan_for_big_workspaces('public');
