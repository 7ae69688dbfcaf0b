-- The register's own changes (a workspace suspended, resumed, renamed) count in the access revision again however
-- they are made, an operator's statement by hand included (V33 had left them to the statements of the application).
-- The register row keeps a revision of its own, moved by a trigger that changes only that row: on a Citus cluster
-- the trigger runs alike on every node's copy of the register and writes nowhere else. Readers take the sum of the
-- workspace's access revision and the register's; both only grow, so any change moves the sum.
alter table tenant add column register_revision bigint not null default 0;

create function tacit_bump_register_revision() returns trigger
language plpgsql as $$
begin
    if new.status is distinct from old.status or new.slug is distinct from old.slug then
        new.register_revision := old.register_revision + 1;
    end if;
    return new;
end
$$;
create trigger register_revision before update of status, slug on tenant
    for each row execute function tacit_bump_register_revision();
