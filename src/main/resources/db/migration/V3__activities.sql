-- Organisations get verification and members; activities with texts per language, a schedule,
-- an activity plan and a workflow status; occurrences generated from the schedule.

alter table organisation
    add column contact_email varchar(254) null,
    add column organisation_number varchar(20) null,
    add column verified_at timestamp(6) null,
    add column verified_by bigint null;

create table organisation_member (
    organisation_id bigint not null,
    account_id bigint not null,
    role varchar(20) not null,
    primary key (organisation_id, account_id),
    index ix_organisation_member_account (account_id),
    constraint fk_organisation_member_organisation foreign key (organisation_id) references organisation (id) on delete cascade,
    constraint fk_organisation_member_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table activity (
    id bigint not null auto_increment primary key,
    organisation_id bigint not null,
    status varchar(20) not null,
    category varchar(30) not null,
    target_group varchar(20) not null,
    swedish_level varchar(20) not null,
    leader_languages varchar(200) not null,
    municipality_code char(4) not null,
    venue_name varchar(200) not null,
    address varchar(300) not null,
    latitude double null,
    longitude double null,
    step_free boolean not null default false,
    hearing_loop boolean not null default false,
    cost_sek int not null default 0,
    childcare boolean not null default false,
    drop_in boolean not null default true,
    capacity int null,
    plan_language boolean not null default false,
    plan_health boolean not null default false,
    plan_network boolean not null default false,
    plan_description text not null,
    planned_meetings int not null default 0,
    funding_scheme varchar(40) null,
    schedule_first_date date not null,
    schedule_start_time time not null,
    schedule_duration_minutes int not null,
    schedule_frequency varchar(20) not null,
    schedule_weekdays varchar(40) not null,
    schedule_until_date date null,
    schedule_exceptions varchar(2000) not null,
    return_comment varchar(1000) null,
    created_by bigint not null,
    created_at timestamp(6) not null,
    updated_at timestamp(6) not null,
    version bigint not null default 0,
    index ix_activity_listing (status, municipality_code, category),
    index ix_activity_organisation (organisation_id),
    constraint fk_activity_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_activity_municipality foreign key (municipality_code) references municipality (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table activity_text (
    activity_id bigint not null,
    language varchar(20) not null,
    title varchar(200) not null,
    description text not null,
    state varchar(20) not null,
    primary key (activity_id, language),
    constraint fk_activity_text_activity foreign key (activity_id) references activity (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table occurrence (
    id bigint not null auto_increment primary key,
    activity_id bigint not null,
    planned_start timestamp(6) not null,
    starts_at timestamp(6) not null,
    ends_at timestamp(6) not null,
    cancelled boolean not null default false,
    version bigint not null default 0,
    constraint uk_occurrence_planned unique (activity_id, planned_start),
    index ix_occurrence_starts (starts_at, activity_id),
    constraint fk_occurrence_activity foreign key (activity_id) references activity (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
