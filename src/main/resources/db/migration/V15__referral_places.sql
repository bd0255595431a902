-- Places an organiser keeps for newcomers referred by a case officer or coordinator: self-service
-- sign-ups may not take them, referrals may. The check keeps the reservation within the capacity.
alter table signup_places
    add column reserved int not null default 0,
    add column referred_taken int not null default 0,
    add constraint ck_signup_places_reserved check (reserved >= 0 and referred_taken >= 0 and referred_taken <= taken);

-- Consent a case officer records with the newcomer beside them, on the newcomer's behalf.
alter table consent add column given_by bigint null;
