package se.motesplats.area;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.security.Roles;

/**
 * Counties, municipalities, knutpunkter and coordinators' scopes. The reference data is read-only
 * (Flyway loads it), so plain SQL reads it; scopes are replaced as a whole by an administrator.
 */
@Service
public class AreaService {

    private final JdbcClient jdbc;
    private volatile @Nullable List<Municipality> byName;
    private volatile @Nullable Map<String, Municipality> byCode;

    AreaService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All municipalities by name. Reference data does not change while running, so it is read once. */
    public List<Municipality> municipalities() {
        List<Municipality> cached = byName;
        if (cached == null) {
            cached = jdbc.sql("""
                            select m.code, m.name, c.code as county_code, c.name as county_name, m.seat, m.seat_latitude, m.seat_longitude
                            from municipality m join county c on c.code = m.county_code order by m.name""")
                    .query((rs, row) -> new Municipality(rs.getString("code"), rs.getString("name"),
                            rs.getString("county_code"), rs.getString("county_name"), rs.getString("seat"),
                            rs.getDouble("seat_latitude"), rs.getDouble("seat_longitude")))
                    .list();
            byName = List.copyOf(cached);
        }
        return cached;
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(municipalitiesByCode().get(code));
    }

    /** The municipality's name, or its code if unknown. */
    public String municipalityName(String code) {
        Municipality municipality = municipalitiesByCode().get(code);
        return municipality == null ? code : municipality.name();
    }

    private Map<String, Municipality> municipalitiesByCode() {
        Map<String, Municipality> cached = byCode;
        if (cached == null) {
            cached = municipalities().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Municipality::code, m -> m));
            byCode = cached;
        }
        return cached;
    }

    /** County code to county name, in code order. */
    @Transactional(readOnly = true)
    public Map<String, String> counties() {
        Map<String, String> counties = new LinkedHashMap<>();
        jdbc.sql("select code, name from county order by code")
                .query(rs -> {
                    counties.put(rs.getString("code"), rs.getString("name"));
                });
        return counties;
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public long createKnutpunkt(String name, Collection<String> municipalityCodes) {
        jdbc.sql("insert into knutpunkt (name) values (?)").param(name).update();
        long id = jdbc.sql("select id from knutpunkt where name = ?").param(name).query(Long.class).single();
        municipalityCodes.forEach(code -> jdbc.sql("insert into knutpunkt_municipality (knutpunkt_id, municipality_code) values (?, ?)")
                .params(id, code).update());
        return id;
    }

    @Transactional(readOnly = true)
    public List<Knutpunkt> knutpunkter() {
        return jdbc.sql("select id, name from knutpunkt order by name")
                .query((rs, row) -> new Knutpunkt(rs.getLong("id"), rs.getString("name"), List.of()))
                .list().stream()
                .map(knutpunkt -> new Knutpunkt(knutpunkt.id(), knutpunkt.name(),
                        jdbc.sql("select municipality_code from knutpunkt_municipality where knutpunkt_id = ? order by municipality_code")
                                .param(knutpunkt.id()).query(String.class).list()))
                .toList();
    }

    /** The municipality codes a coordinator or case officer works in. */
    @Transactional(readOnly = true)
    public Set<String> scopeOf(long accountId) {
        return new TreeSet<>(jdbc.sql("select municipality_code from coordinator_scope where account_id = ?")
                .param(accountId).query(String.class).list());
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public Set<String> setScope(long accountId, Collection<String> municipalityCodes) {
        jdbc.sql("delete from coordinator_scope where account_id = ?").param(accountId).update();
        municipalityCodes.forEach(code -> jdbc.sql("insert into coordinator_scope (account_id, municipality_code) values (?, ?)")
                .params(accountId, code).update());
        return scopeOf(accountId);
    }
}
