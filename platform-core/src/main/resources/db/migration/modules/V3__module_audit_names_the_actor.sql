-- The change log names who switched a module, as people read it: the user's name at the time of the change.
-- Rows written before keep only the email, which the page shows in its place.
alter table module_activation_audit add column actor_name varchar(200);
