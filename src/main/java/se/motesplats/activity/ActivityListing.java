package se.motesplats.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;

/**
 * The newcomers' listing as one SQL query over published activities, ordered by their next meeting
 * (kept on the activity row, see {@link NextMeetings}), so that filters, order and paging happen in
 * the database through indexes, not in memory.
 */
@Component
class ActivityListing {

    private final JdbcClient jdbc;
    private final AreaService areas;

    ActivityListing(JdbcClient jdbc, AreaService areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    List<ActivityCard> find(ActivityFilter filter, SupportedLanguage language, Instant now, int offset, int limit) {
        Position position = filter.wantsPosition() ? filter.position() : null;
        StringBuilder sql = new StringBuilder("""
                select a.id, a.category, a.municipality_code, a.venue_name, a.cost_sek, a.swedish_level, a.target_group,
                       a.childcare, a.step_free, a.drop_in, a.next_meeting_at as next_start,
                """).append(position == null ? "null" : DISTANCE).append("""
                 as distance
                from activity a
                where a.status = 'PUBLISHED' and a.next_meeting_at >= :now and a.next_meeting_at < :until
                """);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("now", Timestamp.from(now))
                .addValue("until", Timestamp.from(now.plus(filter.has(ActivityFilter.Flag.THIS_WEEK) ? Duration.ofDays(7) : Duration.ofDays(400))));
        if (filter.category() != null) {
            sql.append(" and a.category = :category");
            params.addValue("category", filter.category().name());
        }
        if (filter.municipalityCode() != null) {
            sql.append(" and a.municipality_code = :municipality");
            params.addValue("municipality", filter.municipalityCode());
        }
        if (position != null) {
            params.addValue("latitude", position.latitude()).addValue("longitude", position.longitude());
            if (filter.has(ActivityFilter.Flag.NEAR_ME)) {
                // the box lets the (latitude, longitude) index narrow the rows before the exact distance is worked out
                double latitudeDegrees = ActivityFilter.NEAR_METRES / METRES_PER_DEGREE;
                double longitudeDegrees = latitudeDegrees / Math.max(0.1, Math.cos(Math.toRadians(position.latitude())));
                sql.append(" and a.latitude between :south and :north and a.longitude between :west and :east and ")
                        .append(DISTANCE).append(" <= :near");
                params.addValue("south", position.latitude() - latitudeDegrees).addValue("north", position.latitude() + latitudeDegrees)
                        .addValue("west", position.longitude() - longitudeDegrees).addValue("east", position.longitude() + longitudeDegrees)
                        .addValue("near", ActivityFilter.NEAR_METRES);
            }
        }
        if (filter.spoken() != null) {
            sql.append(" and find_in_set(:spoken, a.leader_languages) > 0");
            params.addValue("spoken", filter.spoken().tag());
        }
        if (filter.group() != null) {
            sql.append(" and a.target_group in (:groups)");
            params.addValue("groups", List.of(filter.group().name(), TargetGroup.EVERYONE.name()));
        }
        if (filter.level() != null) {
            sql.append(" and a.swedish_level in (:levels)");
            params.addValue("levels", java.util.Arrays.stream(SwedishLevel.values())
                    .filter(level -> level.compareTo(filter.level()) <= 0).map(SwedishLevel::name).toList());
        }
        if (filter.has(ActivityFilter.Flag.NO_SWEDISH)) {
            sql.append(" and a.swedish_level = 'NONE'");
        }
        if (filter.has(ActivityFilter.Flag.FREE)) {
            sql.append(" and a.cost_sek = 0");
        }
        if (filter.has(ActivityFilter.Flag.WOMEN)) {
            sql.append(" and a.target_group = 'WOMEN'");
        }
        if (filter.has(ActivityFilter.Flag.CHILDCARE)) {
            sql.append(" and a.childcare = true");
        }
        if (filter.has(ActivityFilter.Flag.STEP_FREE)) {
            sql.append(" and a.step_free = true");
        }
        if (filter.weekday() != null) {
            // weekly schedules list their weekdays; a one-off meeting has its date
            sql.append(" and (find_in_set(:weekday, a.schedule_weekdays) > 0"
                    + " or (a.schedule_frequency = 'ONCE' and dayofweek(a.schedule_first_date) = :mariadbDay))");
            params.addValue("weekday", filter.weekday().name())
                    .addValue("mariadbDay", filter.weekday().getValue() % 7 + 1);
        }
        if (filter.timeOfDay() != null) {
            sql.append(" and a.schedule_start_time >= :timeFrom and a.schedule_start_time < :timeUntil");
            params.addValue("timeFrom", java.sql.Time.valueOf(filter.timeOfDay().from()))
                    .addValue("timeUntil", filter.timeOfDay().until() == java.time.LocalTime.MAX ? "24:00:00"
                            : java.sql.Time.valueOf(filter.timeOfDay().until()));
        }
        if (!filter.text().isBlank()) {
            List<String> words = words(filter.text());
            if (!words.isEmpty() && words.stream().allMatch(word -> word.length() >= FULL_TEXT_MIN_WORD)) {
                sql.append(" and a.id in (select t.activity_id from activity_text t"
                        + " where match(t.title, t.description) against (:text in boolean mode))");
                params.addValue("text", words.stream().map(word -> "+" + word + "*").collect(Collectors.joining(" ")));
            } else {
                // words shorter than the full-text index keeps: slower, but still finds them
                sql.append(" and a.id in (select t.activity_id from activity_text t where t.title like :text or t.description like :text)");
                params.addValue("text", "%" + filter.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        sql.append(position != null && filter.order() == ActivityFilter.Order.DISTANCE
                ? " order by distance is null, distance, a.next_meeting_at, a.id" : " order by a.next_meeting_at, a.id");
        sql.append(" limit :limit offset :offset");
        params.addValue("limit", limit).addValue("offset", offset);

        List<Row> rows = jdbc.sql(sql.toString()).paramSource(params).query(ActivityListing::row).list();
        Map<Long, Map<String, Title>> titles = titles(rows.stream().map(Row::id).toList());
        List<ActivityCard> cards = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Title> byLanguage = titles.getOrDefault(row.id(), Map.of());
            SupportedLanguage shown = byLanguage.containsKey(language.tag()) ? language : SupportedLanguage.SOURCE;
            Title title = byLanguage.getOrDefault(shown.tag(), byLanguage.values().stream().findFirst()
                    .orElse(new Title("", TranslationState.SOURCE)));
            cards.add(new ActivityCard(row.id(), title.text(), shown, title.state() == TranslationState.MACHINE_DRAFT,
                    row.category(), row.nextStart(),
                    areas.municipalityName(row.municipalityCode()), row.venueName(), row.costSek() == 0,
                    "NONE".equals(row.swedishLevel()), "WOMEN".equals(row.targetGroup()), row.childcare(), row.stepFree(),
                    row.dropIn(), row.distanceMetres()));
        }
        return cards;
    }

    /** Metres along the earth's surface from the visitor to the venue; null for venues without a pin. */
    private static final String DISTANCE = "st_distance_sphere(point(a.longitude, a.latitude), point(:longitude, :latitude))";
    private static final double METRES_PER_DEGREE = 111_195;

    /** InnoDB's default innodb_ft_min_token_size: shorter words are not in the full-text index. */
    static final int FULL_TEXT_MIN_WORD = 3;

    /** The search's words without the characters boolean full-text mode treats as operators. */
    static List<String> words(String text) {
        return java.util.Arrays.stream(text.replaceAll("[+\\-<>()~*\"@]", " ").strip().split("\\s+"))
                .filter(word -> !word.isBlank())
                .toList();
    }

    /** A title in one language and where it comes from. */
    private record Title(String text, TranslationState state) {
    }

    private Map<Long, Map<String, Title>> titles(List<Long> ids) {
        Map<Long, Map<String, Title>> titles = new HashMap<>();
        if (ids.isEmpty()) {
            return titles;
        }
        jdbc.sql("select activity_id, language, title, state from activity_text where activity_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    titles.computeIfAbsent(rs.getLong("activity_id"), id -> new LinkedHashMap<>())
                            .put(rs.getString("language"), new Title(rs.getString("title"), TranslationState.valueOf(rs.getString("state"))));
                });
        return titles;
    }

    private record Row(long id, ActivityCategory category, String municipalityCode, String venueName, int costSek,
            String swedishLevel, String targetGroup, boolean childcare, boolean stepFree, boolean dropIn, Instant nextStart,
            @Nullable Integer distanceMetres) {
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getLong("id"), ActivityCategory.valueOf(rs.getString("category")), rs.getString("municipality_code"),
                rs.getString("venue_name"), rs.getInt("cost_sek"), rs.getString("swedish_level"), rs.getString("target_group"),
                rs.getBoolean("childcare"), rs.getBoolean("step_free"), rs.getBoolean("drop_in"),
                rs.getTimestamp("next_start").toInstant(), rs.getObject("distance") == null ? null : (int) Math.round(rs.getDouble("distance")));
    }
}
