-- A customer is inserted before any of its deals (they refer to it), so it starts with no won deals whatever the row
-- says. A workspace's archive carries each customer's lifetime value (V44), and its deals, imported after it, added
-- theirs again: the imported workspace showed every value doubled (WorkspaceArchiveIT, seen).
create or replace function tacit_account_won_values_start() returns trigger language plpgsql as $$
begin
    new.won_values := '{}'::jsonb;
    return new;
end
$$;

create trigger account_won_values_start before insert on account for each row
    execute function tacit_account_won_values_start();
