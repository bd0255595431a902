-- People's contact details are kept encrypted at rest (AES-GCM, "v<key version>:<base64>") with an
-- HMAC-SHA256 lookup hash (64 hex characters) for sign-in and uniqueness. The columns start
-- nullable: migration 7.1 (se.motesplats.security.ContactEncryptionMigration, Java because only the
-- app holds the keys) fills them from the plaintext e-mail, makes them required and drops it.

alter table account
    add column email_hash char(64) character set ascii collate ascii_bin null after id,
    add column email_encrypted varchar(1500) character set ascii collate ascii_bin null after email_hash,
    add column phone_hash char(64) character set ascii collate ascii_bin null after email_encrypted,
    add column phone_encrypted varchar(255) character set ascii collate ascii_bin null after phone_hash,
    add constraint uk_account_email_hash unique (email_hash),
    add constraint uk_account_phone_hash unique (phone_hash);
