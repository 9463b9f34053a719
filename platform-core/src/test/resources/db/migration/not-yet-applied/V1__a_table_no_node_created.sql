create table not_yet_applied (id bigint primary key);
