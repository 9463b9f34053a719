-- A user's own language for pages, mail and problem texts; null follows the company's.
alter table app_user add column language varchar(35);
