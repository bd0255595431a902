-- Volunteering: programmes (language friend, refugee guide, contact family, mentor, activity
-- leader) with their requirements and expected commitment; volunteers and what each programme's
-- vetting has seen; newcomers' requests; matches between them; a light meeting log; concerns.
--
-- The limits that must hold with several app nodes live here: a person has at most one open request
-- per programme and a request at most one open match (generated columns that are only set while
-- the row is open, under unique keys), and a volunteer's row is locked while a proposal counts
-- their open matches.

create table programme (
    id bigint not null auto_increment primary key,
    kind varchar(20) not null unique,
    needs_interview boolean not null,
    needs_record_check boolean not null,
    needs_training boolean not null,
    needs_agreement boolean not null,
    meet_every_weeks int not null,
    period_months int not null,
    constraint ck_programme_commitment check (meet_every_weeks between 1 and 12 and period_months between 1 and 36)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

insert into programme (kind, needs_interview, needs_record_check, needs_training, needs_agreement, meet_every_weeks, period_months)
values ('LANGUAGE_FRIEND', true, false, false, true, 2, 6),
       ('REFUGEE_GUIDE', true, false, true, true, 2, 6),
       ('CONTACT_FAMILY', true, true, true, true, 2, 12),
       ('MENTOR', true, false, true, true, 2, 6),
       ('ACTIVITY_LEADER', true, false, false, true, 1, 6);

-- Which programmes run in which county; a programme with no row here runs everywhere.
create table programme_county (
    programme_id bigint not null,
    county_code char(2) not null,
    primary key (programme_id, county_code),
    constraint fk_programme_county_programme foreign key (programme_id) references programme (id) on delete cascade,
    constraint fk_programme_county_county foreign key (county_code) references county (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

-- languages: 'sv:FLUENT,ar:SOME'; time_slots and interests: comma-separated names; children_ages:
-- '4,9' for a contact family's household. gender is optional and only asked to honour a
-- same-gender wish.
create table volunteer (
    account_id bigint not null primary key,
    municipality_code char(4) not null,
    languages varchar(300) not null,
    interests varchar(400) not null default '',
    time_slots varchar(100) not null,
    gender varchar(10) null,
    same_gender_only boolean not null default false,
    children_ages varchar(100) not null default '',
    max_matches int not null default 1,
    paused_at timestamp(6) null,
    joined_at timestamp(6) not null,
    constraint ck_volunteer_max_matches check (max_matches between 1 and 5),
    constraint fk_volunteer_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_volunteer_municipality foreign key (municipality_code) references municipality (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

-- A volunteer's application to a programme and what vetting has seen: dates only, never the
-- criminal-record extract itself.
create table volunteer_programme (
    account_id bigint not null,
    programme_id bigint not null,
    applied_at timestamp(6) not null,
    interview_on date null,
    training_on date null,
    agreement_on date null,
    record_checked_on date null,
    record_type varchar(20) null,
    record_valid_until date null,
    vetted_by bigint null,
    primary key (account_id, programme_id),
    index ix_volunteer_programme_record (record_valid_until),
    constraint fk_volunteer_programme_volunteer foreign key (account_id) references volunteer (account_id) on delete cascade,
    constraint fk_volunteer_programme_programme foreign key (programme_id) references programme (id),
    constraint fk_volunteer_programme_vetted_by foreign key (vetted_by) references account (id) on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table match_request (
    id bigint not null auto_increment primary key,
    account_id bigint not null,
    programme_id bigint not null,
    municipality_code char(4) not null,
    languages varchar(300) not null,
    interests varchar(400) not null default '',
    time_slots varchar(100) not null,
    gender varchar(10) null,
    same_gender_only boolean not null default false,
    children_ages varchar(100) not null default '',
    referred_by bigint null,
    status varchar(10) not null,
    created_at timestamp(6) not null,
    closed_at timestamp(6) null,
    open_programme_id bigint as (case when status in ('WAITING', 'MATCHED') then programme_id end) persistent,
    unique key uk_match_request_open (account_id, open_programme_id),
    index ix_match_request_waiting (status, created_at),
    constraint ck_match_request_status check (status in ('WAITING', 'MATCHED', 'CLOSED')),
    constraint fk_match_request_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_match_request_programme foreign key (programme_id) references programme (id),
    constraint fk_match_request_municipality foreign key (municipality_code) references municipality (code),
    constraint fk_match_request_referred_by foreign key (referred_by) references account (id) on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table volunteer_match (
    id bigint not null auto_increment primary key,
    request_id bigint not null,
    volunteer_id bigint not null,
    status varchar(10) not null,
    score int not null,
    proposed_at timestamp(6) not null,
    proposed_by bigint null,
    volunteer_accepted_at timestamp(6) null,
    newcomer_accepted_at timestamp(6) null,
    active_since timestamp(6) null,
    ended_at timestamp(6) null,
    end_reason varchar(20) null,
    open_request_id bigint as (case when status in ('PROPOSED', 'ACTIVE') then request_id end) persistent,
    unique key uk_volunteer_match_open_request (open_request_id),
    index ix_volunteer_match_volunteer (volunteer_id, status),
    constraint ck_volunteer_match_status check (status in ('PROPOSED', 'ACTIVE', 'DECLINED', 'ENDED')),
    constraint fk_volunteer_match_request foreign key (request_id) references match_request (id) on delete cascade,
    constraint fk_volunteer_match_volunteer foreign key (volunteer_id) references volunteer (account_id) on delete cascade,
    constraint fk_volunteer_match_proposed_by foreign key (proposed_by) references account (id) on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

-- "We met" with a date, by either side; once per match and day.
create table match_meeting (
    match_id bigint not null,
    met_on date not null,
    logged_by bigint null,
    logged_at timestamp(6) not null,
    primary key (match_id, met_on),
    constraint fk_match_meeting_match foreign key (match_id) references volunteer_match (id) on delete cascade,
    constraint fk_match_meeting_logged_by foreign key (logged_by) references account (id) on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

-- A concern about a volunteer, a contact family or a match, for coordinators only. The reporter
-- may stay anonymous.
create table volunteer_concern (
    id bigint not null auto_increment primary key,
    about varchar(200) not null,
    description text not null,
    municipality_code char(4) null,
    reported_by bigint null,
    reported_at timestamp(6) not null,
    handled_at timestamp(6) null,
    handled_by bigint null,
    constraint fk_volunteer_concern_municipality foreign key (municipality_code) references municipality (code),
    constraint fk_volunteer_concern_reported_by foreign key (reported_by) references account (id) on delete set null,
    constraint fk_volunteer_concern_handled_by foreign key (handled_by) references account (id) on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
