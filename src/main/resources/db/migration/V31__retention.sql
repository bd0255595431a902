-- Retention of the audit log (docs/security.md, "Audit log retention"). The log stays append-only
-- for five years: updates are still refused always, and a delete only of rows older than five years
-- by the database's own clock. The nightly job security.AuditLogRetention deletes exactly those (or
-- fewer, if it is configured to keep them longer). Whoever holds the application's credentials could
-- call a procedure or set a session variable as well as the job can, so the age of the row, checked
-- here, is the part the database can really enforce: nobody can rewrite the last five years.

drop trigger audit_event_no_delete;

DELIMITER $$
create trigger audit_event_no_delete before delete on audit_event for each row
begin
    if OLD.at >= now(6) - interval 5 year then
        signal sqlstate '45000' set message_text = 'audit_event is append-only for five years';
    end if;
end$$
DELIMITER ;

-- Unused accounts are erased after two years, but only once the person was warned at least 30 days
-- before (privacy.InactiveAccounts): when the warning went out. Signing in empties it.
alter table account add column erasure_warned_at timestamp(6) null;
