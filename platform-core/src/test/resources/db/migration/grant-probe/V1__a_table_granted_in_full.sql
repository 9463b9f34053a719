-- In the public schema, where a grant on every table would reach it; the test drops it again.
create table grant_probe (id bigint primary key);
grant select, insert, update, delete on grant_probe to ${application_role};
grant select on ${flyway:table} to ${application_role};
