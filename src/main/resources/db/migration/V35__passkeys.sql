-- Passkeys (WebAuthn): the tables Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository read and write, with their names and columns, in MariaDB's types.
-- Identifiers are base64url text: ascii keeps their keys within InnoDB's index size.

-- One row per account that has registered a passkey: name is the account's id, id the random user handle.
create table user_entities (
    id varchar(100) character set ascii collate ascii_bin not null primary key,
    name varchar(100) character set ascii collate ascii_bin not null,
    display_name varchar(200),
    constraint uq_user_entities_name unique (name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

-- A credential id is at most 1023 bytes (WebAuthn level 3), 1364 characters in base64url.
create table user_credentials (
    credential_id varchar(1400) character set ascii collate ascii_bin not null primary key,
    user_entity_user_id varchar(100) character set ascii collate ascii_bin not null,
    public_key blob not null,
    signature_count bigint,
    uv_initialized boolean,
    backup_eligible boolean not null,
    authenticator_transports varchar(1000),
    public_key_credential_type varchar(100),
    backup_state boolean not null,
    attestation_object blob,
    attestation_client_data_json blob,
    created timestamp(6) null,
    last_used timestamp(6) null,
    label varchar(200) not null,
    index ix_user_credentials_user (user_entity_user_id),
    constraint fk_user_credentials_user foreign key (user_entity_user_id) references user_entities (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
