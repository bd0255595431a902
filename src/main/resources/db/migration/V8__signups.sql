-- Sign-ups and waiting lists. The places of an activity (or, for drop-in activities, of one
-- meeting) are counted in one row that every change of its sign-ups locks first; the check
-- constraint makes overbooking impossible even for a statement that forgot the condition.
-- occurrence_id 0 means "the whole activity" so that the keys below stay unique (NULLs would not).

create table signup_places (
    activity_id bigint not null,
    occurrence_id bigint not null,
    capacity int null,
    taken int not null default 0,
    primary key (activity_id, occurrence_id),
    constraint ck_signup_places_taken check (taken >= 0 and (capacity is null or taken <= capacity)),
    constraint fk_signup_places_activity foreign key (activity_id) references activity (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table signup (
    id bigint not null auto_increment primary key,
    activity_id bigint not null,
    occurrence_id bigint not null,
    account_id bigint not null,
    status varchar(20) not null,
    places int not null,
    referred_by bigint null,
    establishment_plan boolean not null default false,
    created_at timestamp(6) not null,
    queued_at timestamp(6) not null,
    confirmed_at timestamp(6) null,
    cancelled_at timestamp(6) null,
    version bigint not null default 0,
    constraint uk_signup_person unique (activity_id, occurrence_id, account_id),
    constraint ck_signup_places check (places between 1 and 10),
    index ix_signup_queue (activity_id, occurrence_id, status, queued_at, id),
    index ix_signup_account (account_id, status),
    constraint fk_signup_activity foreign key (activity_id) references activity (id) on delete cascade,
    constraint fk_signup_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_signup_referred_by foreign key (referred_by) references account (id) on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

-- Children and family members who come along on a sign-up; each takes a place.
create table signup_companion (
    signup_id bigint not null,
    position int not null,
    first_name varchar(100) not null,
    age int not null,
    primary key (signup_id, position),
    constraint ck_signup_companion_age check (age between 0 and 120),
    constraint fk_signup_companion_signup foreign key (signup_id) references signup (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
