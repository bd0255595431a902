-- A new mobile number is taken only once the person types the code sent to it: nobody can move an
-- account's sign-in (and its text messages) to a number they do not hold, even from an open session.
-- One pending change per account; the code is stored as a hash, like sign-in codes.

create table phone_change (
    account_id bigint not null primary key,
    phone_hash char(64) character set ascii collate ascii_bin not null,
    phone_encrypted varchar(255) character set ascii collate ascii_bin not null,
    code_hash char(64) character set ascii collate ascii_bin not null,
    expires_at timestamp(6) not null,
    failed_attempts int not null default 0,
    constraint fk_phone_change_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
