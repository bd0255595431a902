-- Staff (coordinators, case officers, administrators) confirm each sign-in with a code from an
-- authenticator app (TOTP, RFC 6238). The shared secret is encrypted like contact details.
-- last_step is the newest 30-second step a code was accepted for: a code is accepted once, on any node.

create table second_factor (
    account_id bigint not null primary key,
    secret_encrypted varchar(300) not null,
    enrolled_at timestamp(6) not null,
    last_step bigint not null default 0,
    constraint fk_second_factor_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
