-- 1.0.1: every note says which release wrote it; notes from before the upgrade say so.
alter table note add column release text not null default 'before 1.0.1';
