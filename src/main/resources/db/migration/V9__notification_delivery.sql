-- Notices (reminders, changes, waiting-list promotions) are written to this queue in the same
-- transaction as the change they tell of, and sent by a job that retries with backoff. once_key
-- makes a notice that must go out once (a reminder for one person and meeting) unique even when
-- two nodes plan it at the same moment. Sent rows are purged after a few weeks (see docs/privacy.md).

create table notification_delivery (
    id bigint not null auto_increment primary key,
    channel varchar(10) not null,
    recipient varchar(254) not null,
    language varchar(20) not null,
    template varchar(120) not null,
    arguments text not null,
    once_key varchar(190) null,
    status varchar(10) not null,
    attempts int not null default 0,
    next_attempt_at timestamp(6) not null,
    last_error varchar(300) null,
    created_at timestamp(6) not null,
    sent_at timestamp(6) null,
    constraint uk_notification_delivery_once unique (once_key),
    index ix_notification_delivery_due (status, next_attempt_at)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

-- ShedLock's lock rows for jobs that must run on one node at a time.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null default current_timestamp(3),
    locked_by varchar(255) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
