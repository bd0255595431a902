-- "Near me" narrows published activities to a box around the visitor before working out exact
-- distances (activity.ActivityListing); the box is a range on latitude within the published ones.
create index ix_activity_near on activity (status, latitude, longitude);
