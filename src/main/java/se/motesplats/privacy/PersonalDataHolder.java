package se.motesplats.privacy;

import se.motesplats.i18n.SupportedLanguage;

/**
 * A module that stores personal data implements this, so that a person's rights reach every
 * table without this module knowing them: "Download my data" collects each holder's part, and
 * erasing an account asks each holder to erase or anonymise its part first.
 */
public interface PersonalDataHolder {

    /** What the module holds about the person; titles and names read in the given language. */
    PersonalDataPart dataOf(long accountId, SupportedLanguage language);

    /**
     * Erases or anonymises the module's part, in the erasure's transaction, before the account row
     * is deleted. Tells others who lose something (a freed place, an ended match) as usual.
     */
    void erase(long accountId);
}
