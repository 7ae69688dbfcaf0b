-- A rep's search over their own customers, newest or oldest first, read from an index without visiting the table.
-- A common word (one customer in forty) made PostgreSQL fetch half of a rep's rows, scattered over as many table
-- pages, to test each one's search text: 2,233 pages and 8.7 ms for one page of results; from this index 59 pages
-- and 1.2 ms (docs/performance.md, "A ninth look"). The search text has no length bound while an index entry must
-- fit in a third of a page, so the index holds the texts of up to 2,000 bytes and the few longer ones are found
-- through the second, small index, whose rows are then read from the table.
create index account_owner_search_idx on account (tenant_id, owner_id, created_at desc, id desc)
    include (search_text) where pooled_at is null and octet_length(search_text) <= 2000;
create index account_owner_long_search_idx on account (tenant_id, owner_id, created_at desc, id desc)
    where pooled_at is null and octet_length(search_text) > 2000;
