-- When a user's password last changed: sessions signed in before it end at their next request.
alter table app_user add column credentials_changed_at timestamptz;
