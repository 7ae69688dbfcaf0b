-- The knowledge base: articles with every version kept, a search index of terms, tenant-defined categories and
-- citations from CRM records. Every table carries tenant_id first in its keys and the forced tenant wall.
create table article (
    tenant_id    uuid        not null,
    id           uuid        not null,
    title        text        not null,
    category     text        not null,
    tags         text[]      not null default '{}',
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    body         text        not null,
    version      integer     not null,
    author_id    uuid        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    updated_by   uuid        not null,
    published_at timestamptz,
    primary key (tenant_id, id)
);
create index article_recent_idx on article (tenant_id, status, updated_at desc, id);

create table article_version (
    tenant_id  uuid        not null,
    article_id uuid        not null,
    version    integer     not null,
    title      text        not null,
    category   text        not null,
    tags       text[]      not null,
    status     text        not null,
    body       text        not null,
    edited_by  uuid        not null,
    edited_at  timestamptz not null,
    note       text        not null default '',
    primary key (tenant_id, article_id, version),
    foreign key (tenant_id, article_id) references article (tenant_id, id) on delete cascade
);

-- Search: one row per (term, article) with the term's weight (title > tags > body). Looked up by equality, which
-- PostgreSQL may use an index for under row-level security (LIKE and full-text operators are not leakproof). The
-- article's status, category and last change are copied in (every change of an article rewrites its terms), so the
-- rank index hands out a term's best matches in order and a search stops after one page instead of ranking them all.
create table article_term (
    tenant_id  uuid        not null,
    term       text        not null,
    article_id uuid        not null,
    weight     smallint    not null,
    status     text        not null,
    category   text        not null,
    updated_at timestamptz not null,
    primary key (tenant_id, term, article_id),
    foreign key (tenant_id, article_id) references article (tenant_id, id) on delete cascade
);
create index article_term_article_idx on article_term (tenant_id, article_id);
create index article_term_rank_idx on article_term (tenant_id, term, status, weight desc, updated_at desc, article_id);

create table category (
    tenant_id uuid not null,
    code      text not null,
    label     text not null,
    primary key (tenant_id, code)
);

create table citation (
    tenant_id      uuid        not null,
    id             uuid        not null,
    article_id     uuid        not null,
    record_type    text        not null check (record_type in ('ACCOUNT', 'OPPORTUNITY', 'ACTIVITY')),
    record_id      uuid        not null,
    customer_id    uuid        not null,
    opportunity_id uuid,
    cited_by       uuid        not null,
    cited_at       timestamptz not null,
    note           text        not null default '',
    primary key (tenant_id, id),
    unique (tenant_id, article_id, record_type, record_id),
    foreign key (tenant_id, article_id) references article (tenant_id, id) on delete cascade
);
create index citation_article_idx on citation (tenant_id, article_id, cited_at desc);
create index citation_customer_idx on citation (tenant_id, customer_id, cited_at desc);
create index citation_record_idx on citation (tenant_id, record_type, record_id);

do $$
declare t text;
begin
    foreach t in array array['article', 'article_version', 'article_term', 'category', 'citation'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''${tenantSetting}'', true), '''')::uuid) '
                       'with check (tenant_id = nullif(current_setting(''${tenantSetting}'', true), '''')::uuid)', t);
    end loop;
end
$$;
