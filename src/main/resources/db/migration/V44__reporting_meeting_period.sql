-- The dashboard's trend and per-activity meetings read each meeting of the period from reporting_meeting alone (ADR 0007):
-- its activity and start, whether it was evaluated and its no-shows are kept here too, so that a read of the whole
-- country's eight weeks (57,000 meetings on the benchmark's data) is one index range per activity instead of four
-- look-ups per meeting (occurrence, reporting_meeting, attendance_meeting_evaluated, attendance_no_show): 330 ms of the
-- database's CPU before. Kept by triggers like the other columns, in the same transaction as the change.
-- A meeting has a row once somebody was checked in or had a no-show there.

alter table reporting_meeting
    add column activity_id bigint null,
    add column starts_at timestamp(6) null,
    add column evaluated boolean not null default false,
    add column no_shows int not null default 0;

-- filled (DashboardBenchmark runs these statements too, after V38's)
insert into reporting_meeting (occurrence_id) select distinct occurrence_id from attendance_no_show
on duplicate key update occurrence_id = reporting_meeting.occurrence_id;
update reporting_meeting m join occurrence o on o.id = m.occurrence_id
set m.activity_id = o.activity_id, m.starts_at = o.starts_at,
    m.evaluated = exists (select 1 from attendance_meeting_evaluated e where e.occurrence_id = m.occurrence_id),
    m.no_shows = (select count(*) from attendance_no_show n where n.occurrence_id = m.occurrence_id);
-- end of filling

create index ix_reporting_meeting_period on reporting_meeting (activity_id, starts_at, participants, leaders, with_account, evaluated, no_shows);

DELIMITER $$

-- A meeting's row as it starts: its activity, start and whether it was evaluated, counts at 0.
create procedure reporting_start_meeting(in meeting bigint)
begin
    insert ignore into reporting_meeting (occurrence_id, activity_id, starts_at, evaluated)
    select o.id, o.activity_id, o.starts_at, exists (select 1 from attendance_meeting_evaluated e where e.occurrence_id = o.id)
    from occurrence o where o.id = meeting;
end$$

drop procedure reporting_add_to_meeting$$

-- What one attendance row adds to its meeting's counts (sign: 1 for the new row, -1 for the old).
create procedure reporting_add_to_meeting(in meeting bigint, in present boolean, in leader boolean, in account bigint, in sign int)
begin
    if present then
        call reporting_start_meeting(meeting);
        update reporting_meeting set participants = participants + sign * (not leader),
            with_account = with_account + sign * (not leader and account is not null), leaders = leaders + sign * leader
        where occurrence_id = meeting;
    end if;
end$$

create trigger reporting_no_show_inserted after insert on attendance_no_show for each row
begin
    if @reporting_summaries_paused is null then
        call reporting_start_meeting(NEW.occurrence_id);
        update reporting_meeting set no_shows = no_shows + 1 where occurrence_id = NEW.occurrence_id;
    end if;
end$$

create trigger reporting_no_show_updated after update on attendance_no_show for each row
begin
    if @reporting_summaries_paused is null and not (OLD.occurrence_id <=> NEW.occurrence_id) then
        update reporting_meeting set no_shows = no_shows - 1 where occurrence_id = OLD.occurrence_id;
        call reporting_start_meeting(NEW.occurrence_id);
        update reporting_meeting set no_shows = no_shows + 1 where occurrence_id = NEW.occurrence_id;
    end if;
end$$

create trigger reporting_no_show_deleted after delete on attendance_no_show for each row
begin
    if @reporting_summaries_paused is null then
        update reporting_meeting set no_shows = no_shows - 1 where occurrence_id = OLD.occurrence_id;
    end if;
end$$

-- A deleted sign-up takes its no-shows with it by a foreign key cascade, which fires no triggers: counted off here.
-- (A deleted activity or meeting takes the meeting's row with it the same way; accounts are never deleted.)
create trigger reporting_signup_deleted before delete on signup for each row
begin
    if @reporting_summaries_paused is null then
        update reporting_meeting m join attendance_no_show n on n.occurrence_id = m.occurrence_id
        set m.no_shows = m.no_shows - 1 where n.signup_id = OLD.id;
    end if;
end$$

create trigger reporting_meeting_evaluated after insert on attendance_meeting_evaluated for each row
begin
    if @reporting_summaries_paused is null then
        update reporting_meeting set evaluated = true where occurrence_id = NEW.occurrence_id;
    end if;
end$$

create trigger reporting_meeting_evaluation_deleted after delete on attendance_meeting_evaluated for each row
begin
    if @reporting_summaries_paused is null then
        update reporting_meeting set evaluated = false where occurrence_id = OLD.occurrence_id;
    end if;
end$$

create trigger reporting_meeting_moved after update on occurrence for each row
begin
    if not (OLD.starts_at <=> NEW.starts_at and OLD.activity_id <=> NEW.activity_id) then
        update reporting_meeting set activity_id = NEW.activity_id, starts_at = NEW.starts_at where occurrence_id = NEW.id;
    end if;
end$$

DELIMITER ;
