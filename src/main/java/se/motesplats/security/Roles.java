package se.motesplats.security;

import java.util.List;

/** Role names, used in access annotations, service checks and the database. */
public final class Roles {

    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String VOLUNTEER = "VOLUNTEER";
    public static final String ORGANISATION_MEMBER = "ORGANISATION_MEMBER";
    public static final String ACTIVITY_LEADER = "ACTIVITY_LEADER";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String CASE_OFFICER = "CASE_OFFICER";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    public static final List<String> ALL = List.of(PARTICIPANT, VOLUNTEER, ORGANISATION_MEMBER, ACTIVITY_LEADER,
            COORDINATOR, CASE_OFFICER, ADMINISTRATOR);

    private Roles() {
    }
}
