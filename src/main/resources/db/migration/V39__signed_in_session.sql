-- Open sessions for the person's "My devices" list. HTTP sessions live in one node's memory; this
-- registry lets any node list them and end one: a session whose row is revoked (or gone) is
-- invalidated at its next request, on whichever node holds it. The id is a hash of a random key
-- kept in the session, never the session id itself. Rows go when the session ends and, failing
-- that (a node that stopped), by the nightly job once the timeouts have surely passed.
create table signed_in_session (
    id_hash char(64) character set ascii collate ascii_bin not null primary key,
    account_id bigint not null,
    device varchar(100) not null default '',
    remembered_series varchar(64) null,
    created_at timestamp(6) not null,
    last_seen timestamp(6) not null,
    revoked boolean not null default false,
    index ix_signed_in_session_account (account_id),
    index ix_signed_in_session_last_seen (last_seen),
    constraint fk_signed_in_session_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
