package se.motesplats.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * {@code count(distinct ...)} per figure, without reading the rows once per figure. What is read may be
 * added from two threads at once (the request's connection and a second one: {@link SharedReads}); the
 * figures are asked for after both are done.
 */
final class PeopleInPeriod {

    /** An activity of the scope with the columns the breakdowns group by, and its period's meetings. */
    record Activity(String municipalityCode, String category, String targetGroup, long organisationId) {
    }

    private final Map<Long, Activity> activities;
    /** The activities' ids in the order of their dense numbers, and each id's number (a row keeps the number). */
    private final long[] activityIds;
    private final Map<Long, Integer> activityNumbers = new HashMap<>();
    private final Map<Long, int[]> meetings = new HashMap<>();
    private int presentSignedUp;
    private int noShows;
    /** Each person counted gets a dense number: people with an account by it, others by their attendee key. */
    private final Map<Long, Integer> personOfAccount = new HashMap<>();
    private final Map<String, Integer> personOfKey = new HashMap<>();
    private final Set<Long> accounts = new HashSet<>();
    private final BitSet withoutAccount = new BitSet();
    /** One entry per person counted at an activity: the activity's number and the person's number. */
    private int[] rowActivity = new int[1024];
    private int[] rowPerson = new int[1024];
    private int rows;
    private final Map<Long, String> languagesOf = new HashMap<>();
    private final Set<Long> firstThisMonth = new HashSet<>();
    private final Set<Long> knownBefore = new HashSet<>();
    /** The rows ordered by person, once all are read (the same for every breakdown). */
    private int @Nullable [] byPerson;

    PeopleInPeriod(Map<Long, Activity> activities) {
        this.activities = activities;
        activityIds = activities.keySet().stream().mapToLong(Long::longValue).toArray();
        for (int number = 0; number < activityIds.length; number++) {
            activityNumbers.put(activityIds[number], number);
        }
    }

    /**
     * Check-ins and meetings with participants of one activity in (a part of) the period, the check-ins of
     * people with an account at its evaluated meetings (the attendance rate's present) and its no-shows.
     */
    synchronized void meetings(long activityId, int checkIns, int withParticipants, int signedUpAtEvaluated, int noShowsThere) {
        int[] sum = meetings.computeIfAbsent(activityId, id -> new int[2]);
        sum[0] += checkIns;
        sum[1] += withParticipants;
        presentSignedUp += signedUpAtEvaluated;
        noShows += noShowsThere;
    }

    int presentSignedUp() {
        return presentSignedUp;
    }

    int noShows() {
        return noShows;
    }

    /**
     * The people counted at one activity in the period, as the dashboard's read lists them (one row per activity, so
     * that a read of the whole country sends 8,000 rows instead of 290,000): {@code withOwnKey} holds the people whose
     * attendee key is {@code p} and their account's id, each as the id and a letter, {@code others} everyone else, each
     * as the key's length in characters, {@code :}, the key, the account's id if any and a letter. The letter says
     * whether the person's first meeting at the activity is before this month ({@code o}) or in it ({@code n}).
     */
    synchronized void people(long activityId, @Nullable String withOwnKey, @Nullable String others) {
        // -1: not one of the activities (their people count, under no value of a breakdown)
        int activity = activityNumbers.getOrDefault(activityId, -1);
        if (withOwnKey != null) {
            long account = 0;
            for (int index = 0; index < withOwnKey.length(); index++) {
                char c = withOwnKey.charAt(index);
                if (c >= '0' && c <= '9') {
                    account = account * 10 + (c - '0');
                } else {
                    person(activity, null, account, c != 'o');
                    account = 0;
                }
            }
        }
        if (others != null) {
            int index = 0;
            while (index < others.length()) {
                int colon = others.indexOf(':', index);
                int end = others.offsetByCodePoints(colon + 1, Integer.parseInt(others, index, colon, 10));
                String attendee = others.substring(colon + 1, end);
                int letter = end;
                while (others.charAt(letter) >= '0' && others.charAt(letter) <= '9') {
                    letter++;
                }
                char c = others.charAt(letter);
                person(activity, attendee, letter == end ? null : Long.parseLong(others, end, letter, 10), c != 'o');
                index = letter + 1;
            }
        }
    }

    /**
     * One person counted at one activity in the period, and whether their first meeting there is in this month (if not,
     * they were counted in the scope before it). {@code attendee} is null for a person whose attendee key is the
     * account's own ({@code p} and the id).
     */
    private void person(int activity, @Nullable String attendee, @Nullable Long accountId, boolean firstHereThisMonth) {
        int person = number(attendee, accountId);
        if (rows == rowPerson.length) {
            rowActivity = Arrays.copyOf(rowActivity, rows * 2);
            rowPerson = Arrays.copyOf(rowPerson, rows * 2);
        }
        rowActivity[rows] = activity;
        rowPerson[rows] = person;
        rows++;
        if (accountId == null) {
            withoutAccount.set(person);
            return;
        }
        accounts.add(accountId);
        if (firstHereThisMonth) {
            firstThisMonth.add(accountId);
        } else {
            knownBefore.add(accountId);
        }
    }

    /**
     * The people with an account whose every activity in the period they first came to this month: new this month
     * unless {@link #countedBefore} says they were counted in the scope before it (at a meeting before the period).
     */
    List<Long> maybeNewThisMonth() {
        return firstThisMonth.stream().filter(account -> !knownBefore.contains(account)).toList();
    }

    void countedBefore(long accountId) {
        knownBefore.add(accountId);
    }

    /**
     * The person's dense number: by the account for a key that is {@code p} and the account's id as written by
     * {@code Attendee.person} (null: the row's own account), else by the key itself, so that each key is one person.
     */
    private int number(@Nullable String attendee, @Nullable Long accountId) {
        Long account = attendee == null ? accountId : personsAccount(attendee);
        Integer known = account != null ? personOfAccount.get(account) : personOfKey.get(attendee);
        if (known != null) {
            return known;
        }
        int person = personOfAccount.size() + personOfKey.size();
        if (account != null) {
            personOfAccount.put(account, person);
        } else {
            personOfKey.put(attendee, person);
        }
        return person;
    }

    private static @Nullable Long personsAccount(String attendee) {
        if (attendee.length() < 2 || attendee.length() > 19 || attendee.charAt(0) != 'p' || attendee.charAt(1) == '0') {
            return null;
        }
        for (int index = 1; index < attendee.length(); index++) {
            if (attendee.charAt(index) < '0' || attendee.charAt(index) > '9') {
                return null;
            }
        }
        return Long.parseLong(attendee, 1, attendee.length(), 10);
    }

    /** The languages a profile names (of anyone: whether the person is counted is known once all people are read). */
    synchronized void languages(long accountId, String languages) {
        languagesOf.put(accountId, languages);
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
        int[] valueOfActivity = new int[activityIds.length];
        List<K> values = new ArrayList<>();
        Map<K, Integer> valueIndex = new HashMap<>();
        for (int number = 0; number < activityIds.length; number++) {
            valueOfActivity[number] = valueIndex.computeIfAbsent(column.apply(activities.get(activityIds[number])), value -> {
                values.add(value);
                return values.size() - 1;
            });
        }
        // a person counts once per value: the last person counted under each value, and the people under it
        int[] lastPerson = new int[values.size()];
        Arrays.fill(lastPerson, -1);
        int[] people = new int[values.size()];
        if (byPerson == null) {
            byPerson = rowsByPerson();
        }
        for (int row : byPerson) {
            if (rowActivity[row] < 0) {
                continue;
            }
            int value = valueOfActivity[rowActivity[row]];
            if (lastPerson[value] != rowPerson[row]) {
                lastPerson[value] = rowPerson[row];
                people[value]++;
            }
        }
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
        for (int value = 0; value < values.size(); value++) {
            int[] sum = held.get(values.get(value));
            if (people[value] > 0 && sum != null) {
                tallies.add(new Tally<>(values.get(value), people[value], sum[0], sum[1]));
            }
        }
        tallies.sort(Comparator.comparingInt((Tally<K> tally) -> tally.participants()).reversed()
                .thenComparing(Tally::key, keyOrder));
        return tallies;
    }

    /** The rows ordered by person (a counting sort), so that each person's rows lie together. */
    private int[] rowsByPerson() {
        int persons = personOfAccount.size() + personOfKey.size();
        int[] start = new int[persons + 1];
        for (int row = 0; row < rows; row++) {
            start[rowPerson[row] + 1]++;
        }
        for (int person = 0; person < persons; person++) {
            start[person + 1] += start[person];
        }
        int[] ordered = new int[rows];
        for (int row = 0; row < rows; row++) {
            ordered[start[rowPerson[row]]++] = row;
        }
        return ordered;
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
        int unnamed = withoutAccount.cardinality();
        // find_in_set's reading: the exact items between commas, each counted once; split once per different profile value
        Map<String, Set<String>> tagsOf = new HashMap<>();
        for (long account : accounts) {
            String languages = languagesOf.getOrDefault(account, "");
            if (languages.isEmpty()) {
                unnamed++;
                continue;
            }
            for (String tag : tagsOf.computeIfAbsent(languages, named -> new HashSet<>(List.of(named.split(",", -1))))) {
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
