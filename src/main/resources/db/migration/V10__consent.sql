-- Consent per purpose, with the version of the text the person agreed to and the language they
-- read it in. Withdrawing sets withdrawn_at; a new consent is a new row, so the history stays.

create table consent (
    id bigint not null auto_increment primary key,
    account_id bigint not null,
    purpose varchar(40) not null,
    version varchar(20) not null,
    language varchar(20) not null,
    given_at timestamp(6) not null,
    withdrawn_at timestamp(6) null,
    index ix_consent_account (account_id, purpose),
    constraint fk_consent_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
