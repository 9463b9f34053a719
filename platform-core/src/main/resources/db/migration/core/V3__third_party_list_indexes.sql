-- The third-party list pages by keyset: each sort reads one range of an index
-- that starts with the tenant and ends with the id, whichever page it is on.
-- Sorting by code needs none of its own: the unique (tenant_id, code) index
-- already orders the rows, and as code never ties, the id after it costs nothing.
create index third_party_list_name on third_party (tenant_id, name, id);
create index third_party_list_created on third_party (tenant_id, created_at, id);
create index third_party_list_updated on third_party (tenant_id, updated_at, id);

-- The search box looks for a fragment anywhere in name, code, email or tax id
-- (lower(x) like '%fragment%'), which no b-tree can serve, and the old
-- lower(name) index served nothing. Trigrams can, with the tenant first
-- (btree_gin lets a GIN index hold it). Both extensions are trusted: the
-- owner role that runs migrations may create them without being superuser.
drop index third_party_name;
create extension if not exists pg_trgm;
create extension if not exists btree_gin;
create index third_party_search on third_party using gin (tenant_id, lower(name) gin_trgm_ops,
    lower(code) gin_trgm_ops, lower(email) gin_trgm_ops, lower(tax_id) gin_trgm_ops);
