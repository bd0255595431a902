-- Newcomers without e-mail join and sign in with a mobile number: the address becomes optional, but
-- every account keeps at least one way to send it a sign-in code. The unique key on email_hash stays
-- (MariaDB unique keys allow any number of NULLs).
alter table account
    modify email_hash char(64) character set ascii collate ascii_bin null,
    modify email_encrypted varchar(1500) character set ascii collate ascii_bin null,
    add constraint ck_account_email_or_phone check (email_hash is not null or phone_hash is not null);
