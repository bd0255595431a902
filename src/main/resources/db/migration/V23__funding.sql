-- Funding schemes and claims. The NAD scheme is the default: SEK 1 500 per participant and
-- activity, at least 5 meetings held, one leader per 10 participants, an approved activity plan,
-- and a participant counts after attending 3 meetings; a meeting below the leader ratio does not
-- count (a scheme may instead make the whole activity ineligible).
--
-- A participant counts once per activity across all claims: funding_claimed_participant has the
-- pair (activity, attendee) as its primary key, so two claims submitted at once cannot both claim
-- the same person; rejecting a claim deletes its rows, so the people can be claimed again.

create table funding_scheme (
    code varchar(40) not null primary key,
    name varchar(200) not null,
    amount_per_participant_sek int not null,
    min_meetings int not null,
    participants_per_leader int not null,
    min_attendances int not null,
    below_ratio varchar(30) not null,
    requires_approved_plan boolean not null,
    updated_at timestamp(6) not null,
    constraint ck_funding_scheme_numbers check (amount_per_participant_sek >= 0 and min_meetings >= 0 and participants_per_leader >= 0
        and min_attendances >= 1),
    constraint ck_funding_scheme_below_ratio check (below_ratio in ('MEETING_DOES_NOT_COUNT', 'ACTIVITY_NOT_ELIGIBLE'))
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

insert into funding_scheme (code, name, amount_per_participant_sek, min_meetings, participants_per_leader, min_attendances, below_ratio,
    requires_approved_plan, updated_at)
values ('NAD', 'NAD – Nyanlända i föreningslivet', 1500, 5, 10, 3, 'MEETING_DOES_NOT_COUNT', true, current_timestamp(6));

create table funding_claim (
    id bigint not null auto_increment primary key,
    organisation_id bigint not null,
    period_from date not null,
    period_to date not null,
    status varchar(10) not null,
    total_sek int not null,
    submitted_by bigint null,
    submitted_at timestamp(6) not null,
    decided_by bigint null,
    decided_at timestamp(6) null,
    decision_comment varchar(1000) null,
    index ix_funding_claim_organisation (organisation_id, period_from),
    constraint ck_funding_claim_status check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    constraint ck_funding_claim_period check (period_from <= period_to),
    constraint fk_funding_claim_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_funding_claim_submitted_by foreign key (submitted_by) references account (id) on delete set null,
    constraint fk_funding_claim_decided_by foreign key (decided_by) references account (id) on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

-- One line per activity, frozen as computed when the claim was submitted.
create table funding_claim_line (
    claim_id bigint not null,
    activity_id bigint not null,
    scheme_code varchar(40) not null,
    eligible boolean not null,
    meetings_held int not null,
    meetings_counted int not null,
    participants_counted int not null,
    amount_sek int not null,
    primary key (claim_id, activity_id),
    constraint fk_funding_claim_line_claim foreign key (claim_id) references funding_claim (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table funding_claimed_participant (
    activity_id bigint not null,
    attendee varchar(60) not null,
    claim_id bigint not null,
    primary key (activity_id, attendee),
    constraint fk_funding_claimed_participant_claim foreign key (claim_id) references funding_claim (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
