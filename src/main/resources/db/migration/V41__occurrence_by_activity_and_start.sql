-- The dashboard reads the period's meetings of the scope's activities: by activity and start, instead of
-- every municipality's meetings of the period by start (ix_occurrence_starts) filtered afterwards.
create index ix_occurrence_activity_starts on occurrence (activity_id, starts_at);

-- The dashboard's people of the period per activity: only the rows whose last meeting is in or after the
-- period, from the index alone (the primary key's attendee is part of every index), instead of all the
-- year's people of the activity. Each check-in's upsert of the summary keeps one more index.
create index ix_reporting_attendee_period on reporting_attendee (activity_id, last_present_at, first_present_at, account_id);
