-- No-shows. The day after a meeting, everyone who held a place there and neither checked in nor
-- said they could not come is a no-shows row. A meeting is evaluated once: the job claims it with
-- the primary key of attendance_meeting_evaluated, so two nodes never count it twice. After a
-- configurable number of no-shows in a row (attendance_no_show_streak), the person is asked
-- whether they still want the place; the sign-up then carries offer_reason 'NO_SHOWS' and an
-- answer deadline, and without an answer the place goes to the waiting list.

create table attendance_meeting_evaluated (
    occurrence_id bigint not null primary key,
    evaluated_at timestamp(6) not null,
    constraint fk_attendance_meeting_evaluated_occurrence foreign key (occurrence_id) references occurrence (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table attendance_no_show (
    occurrence_id bigint not null,
    signup_id bigint not null,
    account_id bigint not null,
    primary key (occurrence_id, signup_id),
    index ix_attendance_no_show_account (account_id),
    constraint fk_attendance_no_show_occurrence foreign key (occurrence_id) references occurrence (id) on delete cascade,
    constraint fk_attendance_no_show_signup foreign key (signup_id) references signup (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table attendance_no_show_streak (
    signup_id bigint not null primary key,
    streak int not null,
    updated_at timestamp(6) not null,
    constraint fk_attendance_no_show_streak_signup foreign key (signup_id) references signup (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

alter table signup add column offer_reason varchar(12) null;
