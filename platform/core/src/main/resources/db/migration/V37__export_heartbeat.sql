-- An export's last sign of life: when it started, then each step of its progress (a table done, or every 10,000 rows
-- of a big one). An export silent for longer than the longest pause between steps was interrupted — its server
-- stopped or crashed while streaming — and is shown as failed instead of running for ever.
alter table tenant_export add column progressed_at timestamptz;
update tenant_export set progressed_at = coalesce(finished_at, started_at);
alter table tenant_export alter column progressed_at set not null;
