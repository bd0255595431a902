-- "Stay signed in on this phone": Spring Security's persistent remember-me tokens, one row per
-- device, kept in the database so that any app node recognises the phone. The device label is a
-- coarse description from the browser (such as "Android · Chrome") for the person's device list.
create table remembered_device (
    series varchar(64) not null primary key,
    account_id bigint not null,
    token varchar(64) not null,
    last_used timestamp(6) not null,
    created_at timestamp(6) not null,
    device varchar(100) not null default '',
    index ix_remembered_device_account (account_id),
    constraint fk_remembered_device_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
