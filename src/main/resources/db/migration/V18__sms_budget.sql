-- Text messages cost money: notices record which organisation's activity they are about, so each
-- organisation's SMS per month can be counted against its cap.
alter table notification_delivery
    add column organisation_id bigint null,
    add index ix_notification_delivery_budget (organisation_id, channel, created_at);
