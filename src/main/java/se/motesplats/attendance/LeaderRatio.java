package se.motesplats.attendance;

/**
 * How many participants one leader may have at a meeting of an activity, 0 for no rule. The
 * funding module knows the schemes; it implements this so that attendance does not depend on it
 * (funding reads attendance for claims): the ratio of the activity's scheme, none without one.
 */
public interface LeaderRatio {

    int participantsPerLeader(long activityId);
}
