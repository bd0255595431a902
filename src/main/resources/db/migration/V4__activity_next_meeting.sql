-- The listing orders and filters by each activity's next meeting. Keeping it on the activity row
-- (refreshed when meetings change and every few minutes as time passes) lets an index serve the
-- listing instead of aggregating a million meetings per request.
alter table activity add column next_meeting_at timestamp(6) null;
create index ix_activity_next_meeting on activity (status, next_meeting_at);
create index ix_activity_municipality_next_meeting on activity (municipality_code, status, next_meeting_at);
create index ix_activity_category_next_meeting on activity (category, status, next_meeting_at);
