-- Attendance. Every mark a leader's phone or a participant's scan makes is kept in attendance_mark,
-- once per client-generated id (replays of a sync batch are ignored by the primary key), and never
-- changed: it is the audit trail. attendance holds what the marks add up to, one row per person and
-- meeting (the primary key is the "one check-in per person and meeting" rule); the row is locked
-- before a mark is added, so marks from several phones and nodes are applied one at a time.
--
-- attendee names who was there: 'p<account id>' for someone with an account, 'c<sign-up id>.<n>'
-- for the n-th companion on a sign-up, 'w<uuid>' for a walk-in who gave only a first name.

create table attendance_mark (
    client_id char(36) not null primary key,
    occurrence_id bigint not null,
    attendee varchar(60) not null,
    kind varchar(10) not null,
    method varchar(10) not null,
    leader boolean not null default false,
    marked_at timestamp(3) not null,
    received_at timestamp(3) not null,
    recorded_by bigint null,
    walk_in_name varchar(100) null,
    index ix_attendance_mark_attendee (occurrence_id, attendee, marked_at),
    constraint ck_attendance_mark_kind check (kind in ('PRESENT', 'UNDO')),
    constraint fk_attendance_mark_occurrence foreign key (occurrence_id) references occurrence (id) on delete cascade,
    constraint fk_attendance_mark_recorded_by foreign key (recorded_by) references account (id) on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table attendance (
    occurrence_id bigint not null,
    attendee varchar(60) not null,
    account_id bigint null,
    walk_in_name varchar(100) null,
    leader boolean not null default false,
    present boolean not null default false,
    checked_in_at timestamp(3) null,
    method varchar(10) null,
    recorded_by bigint null,
    primary key (occurrence_id, attendee),
    index ix_attendance_account (account_id),
    constraint ck_attendance_present check (present = false or checked_in_at is not null),
    constraint fk_attendance_occurrence foreign key (occurrence_id) references occurrence (id) on delete cascade,
    constraint fk_attendance_account foreign key (account_id) references account (id) on delete set null,
    constraint fk_attendance_recorded_by foreign key (recorded_by) references account (id) on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
