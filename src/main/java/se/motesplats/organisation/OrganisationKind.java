package se.motesplats.organisation;

/** What kind of organiser an organisation is; shown with a translated name. */
public enum OrganisationKind {
    STUDY_ASSOCIATION, SPORTS_CLUB, FAITH_COMMUNITY, AID_ORGANISATION, WOMENS_ASSOCIATION, CULTURAL_ASSOCIATION,
    TENANTS_ASSOCIATION, OTHER;

    public String translationKey() {
        return "organisation.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
