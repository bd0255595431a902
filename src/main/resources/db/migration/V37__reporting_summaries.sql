-- Summaries of attendance for the coordinators' dashboard (ADR 0007), so that a dashboard load reads
-- small tables instead of every check-in of the last eight weeks. Owned by reporting; kept exactly
-- equal to attendance by triggers, in the same transaction as every change, whoever makes it (check-in,
-- undo, roll call correction, erasure, retention, a moved or deleted meeting, a SQL fix by hand).
--
-- "Counted" below means present and not a leader: a participant's check-in.
--
-- A session that loads check-ins in bulk (DashboardBenchmark's 10 million) may set
-- @reporting_summaries_paused = 1: the attendance triggers then skip their work, row by row far too
-- slow for that, and the session fills the summaries afterwards with the statements of V38. Only a
-- session with the application's credentials can set it, and such a session could write the tables anyway.

-- Per meeting: participants' check-ins, of those the ones with an account, and leaders present.
create table reporting_meeting (
    occurrence_id bigint not null primary key,
    participants int not null default 0,
    with_account int not null default 0,
    leaders int not null default 0,
    constraint fk_reporting_meeting_occurrence foreign key (occurrence_id) references occurrence (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

-- Per activity and person (attendance.attendee): the start of the first and of the last meeting they
-- were counted at. Someone was at the activity in a period if first or last lies in it, or (rarely: a
-- check-in before a meeting that starts after the period) the dashboard looks the check-ins up.
create table reporting_attendee (
    activity_id bigint not null,
    attendee varchar(60) not null,
    account_id bigint null,
    first_present_at timestamp(6) null,
    last_present_at timestamp(6) null,
    primary key (activity_id, attendee),
    index ix_reporting_attendee_last (last_present_at, activity_id),
    index ix_reporting_attendee_first (first_present_at, activity_id),
    index ix_reporting_attendee_account (account_id, first_present_at),
    constraint fk_reporting_attendee_activity foreign key (activity_id) references activity (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

DELIMITER $$

-- One person's first and last counted meeting at one activity, read again from attendance (after an
-- undo, a changed key or a deleted meeting, when the bounds can move inwards).
create procedure reporting_refresh_attendee(in refreshed_activity bigint, in refreshed_attendee varchar(60))
begin
    declare first_at timestamp(6);
    declare last_at timestamp(6);
    select min(o.starts_at), max(o.starts_at) into first_at, last_at
    from occurrence o join attendance t on t.occurrence_id = o.id and t.attendee = refreshed_attendee
    where o.activity_id = refreshed_activity and t.present and not t.leader;
    if first_at is null then
        delete from reporting_attendee where activity_id = refreshed_activity and attendee = refreshed_attendee;
    else
        update reporting_attendee set first_present_at = first_at, last_present_at = last_at
        where activity_id = refreshed_activity and attendee = refreshed_attendee;
    end if;
end$$

-- A counted check-in widens the person's bounds at the activity (or starts them).
create procedure reporting_count_attendee(in counted_meeting bigint, in counted_attendee varchar(60), in counted_account bigint)
begin
    insert into reporting_attendee (activity_id, attendee, account_id, first_present_at, last_present_at)
    select o.activity_id, counted_attendee, counted_account, o.starts_at, o.starts_at from occurrence o where o.id = counted_meeting
    on duplicate key update account_id = values(account_id),
        first_present_at = least(first_present_at, values(first_present_at)),
        last_present_at = greatest(last_present_at, values(last_present_at));
end$$

-- What one attendance row adds to its meeting's counts (sign: 1 for the new row, -1 for the old).
create procedure reporting_add_to_meeting(in meeting bigint, in present boolean, in leader boolean, in account bigint, in sign int)
begin
    if present then
        insert into reporting_meeting (occurrence_id, participants, with_account, leaders)
        values (meeting, sign * (not leader), sign * (not leader and account is not null), sign * leader)
        on duplicate key update participants = participants + values(participants),
            with_account = with_account + values(with_account), leaders = leaders + values(leaders);
    end if;
end$$

create trigger reporting_attendance_inserted after insert on attendance for each row
begin
    if @reporting_summaries_paused is null then
        call reporting_add_to_meeting(NEW.occurrence_id, NEW.present, NEW.leader, NEW.account_id, 1);
        if NEW.present and not NEW.leader then
            call reporting_count_attendee(NEW.occurrence_id, NEW.attendee, NEW.account_id);
        end if;
    end if;
end$$

create trigger reporting_attendance_updated after update on attendance for each row
begin
    if @reporting_summaries_paused is null then
        if not (OLD.present <=> NEW.present and OLD.leader <=> NEW.leader and OLD.account_id <=> NEW.account_id
                and OLD.occurrence_id <=> NEW.occurrence_id and OLD.attendee <=> NEW.attendee) then
            call reporting_add_to_meeting(OLD.occurrence_id, OLD.present, OLD.leader, OLD.account_id, -1);
            call reporting_add_to_meeting(NEW.occurrence_id, NEW.present, NEW.leader, NEW.account_id, 1);
            if NEW.present and not NEW.leader then
                call reporting_count_attendee(NEW.occurrence_id, NEW.attendee, NEW.account_id);
            end if;
            if OLD.present and not OLD.leader
                    and not (NEW.present and not NEW.leader and OLD.occurrence_id = NEW.occurrence_id and OLD.attendee = NEW.attendee) then
                call reporting_refresh_attendee((select activity_id from occurrence where id = OLD.occurrence_id), OLD.attendee);
            end if;
        end if;
    end if;
end$$

create trigger reporting_attendance_deleted after delete on attendance for each row
begin
    if @reporting_summaries_paused is null then
        call reporting_add_to_meeting(OLD.occurrence_id, OLD.present, OLD.leader, OLD.account_id, -1);
        if OLD.present and not OLD.leader then
            call reporting_refresh_attendee((select activity_id from occurrence where id = OLD.occurrence_id), OLD.attendee);
        end if;
    end if;
end$$

-- A moved meeting moves the bounds of everyone counted at it. (Foreign key cascades fire no
-- triggers: a deleted meeting's check-ins go with it silently, so the bounds that named it are read again.)
create trigger reporting_occurrence_moved after update on occurrence for each row
begin
    if not (OLD.starts_at <=> NEW.starts_at) then
        update reporting_attendee r join attendance t on t.attendee = r.attendee and t.occurrence_id = NEW.id and t.present and not t.leader
        set r.first_present_at = (select min(o.starts_at) from occurrence o join attendance c on c.occurrence_id = o.id and c.attendee = r.attendee
                                  where o.activity_id = r.activity_id and c.present and not c.leader),
            r.last_present_at = (select max(o.starts_at) from occurrence o join attendance c on c.occurrence_id = o.id and c.attendee = r.attendee
                                 where o.activity_id = r.activity_id and c.present and not c.leader)
        where r.activity_id = NEW.activity_id;
    end if;
end$$

create trigger reporting_occurrence_deleted after delete on occurrence for each row
begin
    update reporting_attendee r
    set r.first_present_at = (select min(o.starts_at) from occurrence o join attendance c on c.occurrence_id = o.id and c.attendee = r.attendee
                              where o.activity_id = r.activity_id and c.present and not c.leader),
        r.last_present_at = (select max(o.starts_at) from occurrence o join attendance c on c.occurrence_id = o.id and c.attendee = r.attendee
                             where o.activity_id = r.activity_id and c.present and not c.leader)
    where r.activity_id = OLD.activity_id and (r.first_present_at = OLD.starts_at or r.last_present_at = OLD.starts_at);
    delete from reporting_attendee where activity_id = OLD.activity_id and first_present_at is null;
end$$

DELIMITER ;
