-- The dashboard reads the period's meetings of the scope's activities: by activity and start, instead of
-- every municipality's meetings of the period by start (ix_occurrence_starts) filtered afterwards.
create index ix_occurrence_activity_starts on occurrence (activity_id, starts_at);
