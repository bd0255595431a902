package se.motesplats.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.SupportedLanguage;

/**
 * The dashboard's people figures counted in Java from one read of the period's rows of the summary
 * per activity and person, and one read of the period's meetings per activity: the same numbers as a
 * {@code count(distinct ...)} per figure, without reading the rows once per figure.
 */
final class PeopleInPeriod {

    /** An activity of the scope with the columns the breakdowns group by, and its period's meetings. */
    record Activity(String municipalityCode, String category, String targetGroup, long organisationId) {
    }

    private final Map<Long, Activity> activities;
    private final Map<Long, int[]> meetings = new HashMap<>();
    private int presentSignedUp;
    private final Map<Long, Set<String>> attendees = new HashMap<>();
    private final Set<Long> accounts = new HashSet<>();
    private final Set<String> withoutAccount = new HashSet<>();
    private final Map<Long, String> languagesOf = new HashMap<>();
    private final Set<Long> firstThisMonth = new HashSet<>();
    private final Set<Long> knownBefore = new HashSet<>();

    PeopleInPeriod(Map<Long, Activity> activities) {
        this.activities = activities;
    }

    /**
     * Check-ins and meetings with participants of one activity in (a part of) the period, and the check-ins of
     * people with an account at its evaluated meetings (the attendance rate's present).
     */
    void meetings(long activityId, int checkIns, int withParticipants, int signedUpAtEvaluated) {
        int[] sum = meetings.computeIfAbsent(activityId, id -> new int[2]);
        sum[0] += checkIns;
        sum[1] += withParticipants;
        presentSignedUp += signedUpAtEvaluated;
    }

    int presentSignedUp() {
        return presentSignedUp;
    }

    /**
     * One person counted at one activity in the period, whether their first meeting there is in this
     * month, and if so whether they were counted anywhere in the scope before this month.
     */
    void person(long activityId, String attendee, @Nullable Long accountId, boolean firstHereThisMonth, boolean countedBeforeThisMonth) {
        attendees.computeIfAbsent(activityId, id -> new HashSet<>()).add(attendee);
        if (accountId == null) {
            withoutAccount.add(attendee);
            return;
        }
        accounts.add(accountId);
        if (firstHereThisMonth) {
            firstThisMonth.add(accountId);
        }
        if (countedBeforeThisMonth) {
            knownBefore.add(accountId);
        }
    }

    /** The languages a profile names; kept for the people counted (call after {@link #person}). */
    void languages(long accountId, String languages) {
        if (accounts.contains(accountId)) {
            languagesOf.put(accountId, languages);
        }
    }

    int active() {
        return accounts.size();
    }

    int newThisMonth() {
        return (int) firstThisMonth.stream().filter(account -> !knownBefore.contains(account)).count();
    }

    /**
     * Different people, check-ins and meetings per value of an activity's column; a value counts when
     * it has both people and meetings with participants in the period. Biggest first, then by the key
     * in the order that {@code keyOrder} gives.
     */
    <K> List<Tally<K>> by(Function<Activity, K> column, Comparator<K> keyOrder) {
        Map<K, Set<String>> people = new HashMap<>();
        attendees.forEach((activityId, present) -> {
            Activity activity = activities.get(activityId);
            if (activity != null) {
                people.computeIfAbsent(column.apply(activity), key -> new HashSet<>()).addAll(present);
            }
        });
        Map<K, int[]> held = new HashMap<>();
        meetings.forEach((activityId, counts) -> {
            Activity activity = activities.get(activityId);
            if (activity != null && counts[1] > 0) {
                int[] sum = held.computeIfAbsent(column.apply(activity), key -> new int[2]);
                sum[0] += counts[0];
                sum[1] += counts[1];
            }
        });
        List<Tally<K>> tallies = new ArrayList<>();
        people.forEach((key, present) -> {
            int[] sum = held.get(key);
            if (sum != null) {
                tallies.add(new Tally<>(key, present.size(), sum[0], sum[1]));
            }
        });
        tallies.sort(Comparator.comparingInt((Tally<K> tally) -> tally.participants()).reversed()
                .thenComparing(Tally::key, keyOrder));
        return tallies;
    }

    record Tally<K>(K key, int participants, int checkIns, int meetings) {
    }

    /**
     * People per language their profile names (a person who names two counts under both); people
     * without a profile, without languages, and companions and walk-ins without an account under "",
     * last. Languages the portal does not know are not counted.
     */
    List<Dashboard.LanguageBreakdown> byLanguage() {
        Set<String> known = new HashSet<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            known.add(language.tag());
        }
        Map<String, Integer> people = new HashMap<>();
        int unnamed = withoutAccount.size();
        for (long account : accounts) {
            String languages = languagesOf.getOrDefault(account, "");
            if (languages.isEmpty()) {
                unnamed++;
                continue;
            }
            // find_in_set's reading: the exact items between commas, each counted once
            for (String tag : new HashSet<>(List.of(languages.split(",", -1)))) {
                if (known.contains(tag)) {
                    people.merge(tag, 1, Integer::sum);
                }
            }
        }
        List<Dashboard.LanguageBreakdown> rows = new ArrayList<>();
        people.forEach((tag, count) -> rows.add(new Dashboard.LanguageBreakdown(tag, count)));
        rows.sort(Comparator.comparingInt(Dashboard.LanguageBreakdown::participants).reversed()
                .thenComparing(Dashboard.LanguageBreakdown::language));
        if (unnamed > 0) {
            rows.add(new Dashboard.LanguageBreakdown("", unnamed));
        }
        return rows;
    }
}
