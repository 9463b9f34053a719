-- A user's own preferences, such as the columns they chose for a list: one value per key and user, gone with
-- the user. The key names what it is for (list-columns:third-parties) and is chosen by our code, never by input.
create table user_preference (
    tenant_id bigint        not null,
    id        bigint        not null default nextval('atrium_id_seq'),
    user_id   bigint        not null,
    key       varchar(80)   not null check (key ~ '^[a-z][a-z0-9:.-]*$'),
    value     varchar(2000) not null,
    version   bigint        not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, user_id, key),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade
);

select enable_tenant_isolation('user_preference');

grant select, insert, update, delete on user_preference to ${application_role};
