-- An association's administrator invites a volunteer by e-mail; the person becomes a member only when
-- they open the link, signed in, and say yes. The link's token is stored only as a SHA-256 hash.
create table organisation_invitation (
    id bigint auto_increment primary key,
    organisation_id bigint not null,
    account_id bigint not null,
    role varchar(20) not null,
    token_hash char(64) character set ascii collate ascii_bin not null,
    invited_by bigint not null,
    created_at timestamp(6) not null,
    expires_at timestamp(6) not null,
    unique index ux_organisation_invitation_token (token_hash),
    unique index ux_organisation_invitation_person (organisation_id, account_id),
    index ix_organisation_invitation_account (account_id),
    constraint fk_organisation_invitation_organisation foreign key (organisation_id) references organisation (id) on delete cascade,
    constraint fk_organisation_invitation_account foreign key (account_id) references account (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_swedish_ci;
