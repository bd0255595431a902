package se.motesplats.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.PersonalDataHolder;
import se.motesplats.privacy.PersonalDataPart;

/** Which associations the person belongs to and as what; leaving with the account. */
@Component
class MembershipPersonalData implements PersonalDataHolder {

    private final OrganisationService organisations;
    private final JdbcClient jdbc;

    MembershipPersonalData(OrganisationService organisations, JdbcClient jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataPart dataOf(long accountId, SupportedLanguage language) {
        return new PersonalDataPart("memberships", organisations.membershipsOf(accountId).stream().map(membership -> {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("organisation", membership.organisationName());
            record.put("role", membership.role().name());
            return record;
        }).toList());
    }

    @Override
    public void erase(long accountId) {
        jdbc.sql("delete from organisation_member where account_id = ?").param(accountId).update();
    }
}
