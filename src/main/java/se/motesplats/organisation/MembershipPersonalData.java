package se.motesplats.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.PersonalDataHolder;
import se.motesplats.privacy.PersonalDataPart;

/** Which associations the person belongs to and as what, and which invited them; leaving with the account. */
@Component
class MembershipPersonalData implements PersonalDataHolder {

    private final OrganisationService organisations;
    private final Invitations invitations;
    private final JdbcClient jdbc;

    MembershipPersonalData(OrganisationService organisations, Invitations invitations, JdbcClient jdbc) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataPart dataOf(long accountId, SupportedLanguage language) {
        List<Map<String, Object>> records = new ArrayList<>();
        organisations.membershipsOf(accountId).forEach(membership -> {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("organisation", membership.organisationName());
            record.put("role", membership.role().name());
            records.add(record);
        });
        invitations.organisationNamesFor(accountId).forEach(name -> {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("organisation", name);
            record.put("invited", true);
            records.add(record);
        });
        return new PersonalDataPart("memberships", records);
    }

    @Override
    public void erase(long accountId) {
        jdbc.sql("delete from organisation_member where account_id = ?").param(accountId).update();
        invitations.forget(accountId);
    }
}
