revoke delete on grant_probe from ${application_role};
