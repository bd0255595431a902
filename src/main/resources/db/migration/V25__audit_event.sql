-- The audit log: staff reads of personal data and changes to sign-ups, matches, vetting and claims
-- (check-ins and their corrections are audited in attendance_mark). Append-only: the triggers
-- refuse every update and delete, whoever asks, so not even the application can rewrite history.
-- Rows name people by account id only, never by name or contact details.

create table audit_event (
    id bigint not null auto_increment primary key,
    at timestamp(6) not null,
    actor_id bigint null,
    action varchar(60) not null,
    subject varchar(80) not null,
    person_id bigint null,
    detail varchar(300) null,
    index ix_audit_event_at (at),
    index ix_audit_event_person (person_id, at),
    index ix_audit_event_actor (actor_id, at)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create trigger audit_event_no_update before update on audit_event for each row
    signal sqlstate '45000' set message_text = 'audit_event is append-only';

create trigger audit_event_no_delete before delete on audit_event for each row
    signal sqlstate '45000' set message_text = 'audit_event is append-only';
