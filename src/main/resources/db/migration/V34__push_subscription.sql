-- Web Push: the devices on which a person turned notifications on. The endpoint (the push service's
-- address for that browser) identifies the device and is unique; p256dh and auth are the browser's
-- keys that each message is encrypted for (RFC 8291). A subscription the push service reports gone
-- (HTTP 404/410) is deleted; erasing the person deletes all theirs (docs/privacy.md).

create table push_subscription (
    id bigint not null auto_increment primary key,
    account_id bigint not null,
    endpoint varchar(1000) character set ascii collate ascii_bin not null,
    p256dh varchar(100) character set ascii collate ascii_bin not null,
    auth varchar(40) character set ascii collate ascii_bin not null,
    device_label varchar(80) not null,
    created_at timestamp(6) not null,
    last_used_at timestamp(6) null,
    constraint uk_push_subscription_endpoint unique (endpoint),
    constraint fk_push_subscription_account foreign key (account_id) references account (id) on delete cascade,
    index ix_push_subscription_account (account_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
