-- Accounts with roles, one-time sign-in codes, coordinators' area scopes, knutpunkter,
-- organisations (minimal until the activities issue) and the development outbox.

create table account (
    id bigint not null auto_increment primary key,
    email varchar(254) not null,
    first_name varchar(100) not null,
    preferred_language varchar(20) not null,
    created_at timestamp(6) not null,
    last_sign_in_at timestamp(6) null,
    version bigint not null default 0,
    constraint uk_account_email unique (email)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table account_role (
    account_id bigint not null,
    role varchar(40) not null,
    primary key (account_id, role),
    constraint fk_account_role_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table sign_in_code (
    id bigint not null auto_increment primary key,
    account_id bigint not null,
    code_hash char(64) not null,
    created_at timestamp(6) not null,
    expires_at timestamp(6) not null,
    failed_attempts int not null default 0,
    consumed_at timestamp(6) null,
    index ix_sign_in_code_account (account_id, created_at),
    constraint fk_sign_in_code_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table coordinator_scope (
    account_id bigint not null,
    municipality_code char(4) not null,
    primary key (account_id, municipality_code),
    constraint fk_coordinator_scope_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_coordinator_scope_municipality foreign key (municipality_code) references municipality (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table knutpunkt (
    id bigint not null auto_increment primary key,
    name varchar(100) not null,
    constraint uk_knutpunkt_name unique (name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table knutpunkt_municipality (
    knutpunkt_id bigint not null,
    municipality_code char(4) not null,
    primary key (knutpunkt_id, municipality_code),
    constraint fk_knutpunkt_municipality_knutpunkt foreign key (knutpunkt_id) references knutpunkt (id) on delete cascade,
    constraint fk_knutpunkt_municipality_municipality foreign key (municipality_code) references municipality (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table organisation (
    id bigint not null auto_increment primary key,
    name varchar(200) not null,
    kind varchar(40) not null,
    municipality_code char(4) not null,
    created_at timestamp(6) not null,
    constraint uk_organisation_name unique (name, municipality_code),
    constraint fk_organisation_municipality foreign key (municipality_code) references municipality (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;

create table outbox_message (
    id bigint not null auto_increment primary key,
    recipient varchar(254) not null,
    subject varchar(300) not null,
    text_body text not null,
    html_body mediumtext not null,
    created_at timestamp(6) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
