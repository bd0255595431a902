-- How people want to hear from the portal, whether they stopped text messages (SMS "STOP"),
-- and protected identity: such a person appears under an alias wherever others see a name.
alter table account
    add column notify_by varchar(10) not null default 'EMAIL',
    add column sms_stopped boolean not null default false,
    add column protected_identity boolean not null default false,
    add column alias varchar(100) null;

-- The optional profile a participant may fill in to find activities that suit them.
create table person_profile (
    account_id bigint not null primary key,
    swedish_level varchar(20) null,
    municipality_code char(4) null,
    languages varchar(200) not null default '',
    interests varchar(400) not null default '',
    updated_at timestamp(6) not null,
    constraint fk_person_profile_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_person_profile_municipality foreign key (municipality_code) references municipality (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

-- "I cannot come" to one meeting of an activity the person stays signed up to (an SMS reply "2").
create table signup_absence (
    signup_id bigint not null,
    occurrence_id bigint not null,
    reported_at timestamp(6) not null,
    primary key (signup_id, occurrence_id),
    constraint fk_signup_absence_signup foreign key (signup_id) references signup (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
