-- When configured, a place freed for the first in the queue is offered until a deadline: the
-- person says yes, or after the deadline the place goes to the next in the queue.
alter table signup
    add column offered_until timestamp(6) null,
    add index ix_signup_offer (offered_until);
