package se.motesplats.privacy;

import se.motesplats.shared.Translatable;

/** What a person can agree to, each on its own and each withdrawable. */
public enum ConsentPurpose implements Translatable {
    /** The terms and the privacy notice: needed to have an account at all. */
    TERMS_AND_PRIVACY,
    /** News about activities beyond the person's own sign-ups. */
    BEING_CONTACTED,
    /** A case officer may see which activities the person attended. */
    SHARING_WITH_CASE_OFFICER,
    /** Coordinators may use what a volunteer or a newcomer asking for one wrote, to find them a match. */
    MATCHING;

    @Override
    public String translationKey() {
        return "privacy.consent." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
