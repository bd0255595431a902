-- The development outbox keeps text messages (SMS) as well as e-mail; earlier rows are all e-mail.
-- A text message has an empty subject and HTML body.

alter table outbox_message
    add column channel varchar(10) not null default 'EMAIL' after id;
