-- The ages an activity is for (either end open); children who come along must fit them.
alter table activity
    add column min_age int null,
    add column max_age int null;
