-- Requests for a password reset link are throttled like sign-ins, on counters
-- of their own: a client address locked out of them is recorded under its own way.
alter table platform_sign_in_lockout drop constraint platform_sign_in_lockout_way_check;
alter table platform_sign_in_lockout add constraint platform_sign_in_lockout_way_check
    check (way in ('TENANT_SIGN_IN', 'OPERATOR_SIGN_IN', 'API_TOKEN', 'PASSWORD_RESET'));
