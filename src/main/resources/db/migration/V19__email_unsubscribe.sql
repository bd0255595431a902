-- A person who followed the unsubscribe link of a notice gets no more notices by e-mail
-- (sign-in codes still come: they asked for those).
alter table account add column email_stopped boolean not null default false;
