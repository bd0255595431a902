-- Attempts per action, subject and fixed time window, for limits that must hold across app nodes.
-- Subjects (addresses, phone numbers, network addresses) are stored only as SHA-256 hashes.
create table rate_limit (
    action varchar(40) not null,
    subject_hash char(64) not null,
    window_start timestamp not null,
    attempts int not null,
    primary key (action, subject_hash, window_start),
    index ix_rate_limit_window (window_start)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
