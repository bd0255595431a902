-- "How is it going?": each side of an active match answers once a month after it began and once
-- when the programme's period is over; coordinators follow the answers.
create table match_follow_up (
    match_id bigint not null,
    account_id bigint not null,
    round varchar(12) not null,
    answer varchar(20) not null,
    answered_at timestamp(6) not null,
    primary key (match_id, account_id, round),
    constraint ck_match_follow_up_round check (round in ('ONE_MONTH', 'PERIOD_END')),
    constraint ck_match_follow_up_answer check (answer in ('GOING_WELL', 'COULD_BE_BETTER', 'NOT_WORKING', 'NOT_MET')),
    constraint fk_match_follow_up_match foreign key (match_id) references volunteer_match (id) on delete cascade,
    constraint fk_match_follow_up_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
