package se.motesplats.activity;

import se.motesplats.i18n.SupportedLanguage;

/** An activity's title in a language (or its source language) and where it meets: what a notice names. */
public record ActivityHeadline(long activityId, long organisationId, String title, SupportedLanguage titleLanguage, String place) {
}
