-- Outcomes: after a few meetings of an activity a participant is asked three short questions
-- (practised Swedish, feel better, met new people) on a three-step pictogram scale. One row per
-- person and activity; the answers are shown only aggregated, and only from three answers up.

create table outcome_answer (
    account_id bigint not null,
    activity_id bigint not null,
    asked_at timestamp(6) not null,
    answered_at timestamp(6) null,
    practised_swedish tinyint null,
    feel_better tinyint null,
    met_people tinyint null,
    primary key (account_id, activity_id),
    index ix_outcome_answer_activity (activity_id, answered_at),
    constraint ck_outcome_answer_scale check (coalesce(practised_swedish, 1) between 1 and 3
        and coalesce(feel_better, 1) between 1 and 3 and coalesce(met_people, 1) between 1 and 3),
    constraint fk_outcome_answer_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_outcome_answer_activity foreign key (activity_id) references activity (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
