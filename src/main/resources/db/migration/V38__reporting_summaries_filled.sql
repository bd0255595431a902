-- The summaries of V37 for the check-ins made before them; from here on the triggers keep them.
insert into reporting_meeting (occurrence_id, participants, with_account, leaders)
select occurrence_id, sum(not leader), sum(not leader and account_id is not null), sum(leader)
from attendance where present group by occurrence_id;

insert into reporting_attendee (activity_id, attendee, account_id, first_present_at, last_present_at)
select o.activity_id, t.attendee, max(t.account_id), min(o.starts_at), max(o.starts_at)
from attendance t join occurrence o on o.id = t.occurrence_id
where t.present and not t.leader group by o.activity_id, t.attendee;
