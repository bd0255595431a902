package se.motesplats.demo;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.people.Profile;
import se.motesplats.people.ProfileService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;

/**
 * What the demo's newcomers wish for, in their profiles, so that the coordinator's "What is missing?"
 * has something to show: Hässleholm, where nothing runs yet, wants a language café and sport and
 * speaks Tigrinya; Lund wants the outdoors and a language café; Kristianstad crafts and a study circle.
 * A profile someone already filled in (in the demo, or at an earlier start) is left alone.
 */
@Component
@org.springframework.context.annotation.Profile("demo")
class DemoDemand {

    static final String HASSLEHOLM = "1293";

    record Wish(String email, String municipality, Set<ActivityCategory> interests) {
    }

    static final List<Wish> WISHES = List.of(
            new Wish("dawit@motesplats.example", HASSLEHOLM, Set.of(ActivityCategory.LANGUAGE_CAFE, ActivityCategory.SPORT)),
            new Wish("hiwet@motesplats.example", HASSLEHOLM, Set.of(ActivityCategory.LANGUAGE_CAFE, ActivityCategory.SPORT)),
            new Wish("selam@motesplats.example", HASSLEHOLM, Set.of(ActivityCategory.LANGUAGE_CAFE)),
            new Wish("mohamed@motesplats.example", HASSLEHOLM, Set.of(ActivityCategory.LANGUAGE_CAFE, ActivityCategory.SPORT)),
            new Wish("hodan@motesplats.example", HASSLEHOLM, Set.of(ActivityCategory.LANGUAGE_CAFE)),
            new Wish("fatima@motesplats.example", DemoData.LUND, Set.of(ActivityCategory.OUTDOORS, ActivityCategory.LANGUAGE_CAFE)),
            new Wish("aisha@motesplats.example", DemoData.LUND, Set.of(ActivityCategory.OUTDOORS, ActivityCategory.LANGUAGE_CAFE)),
            new Wish("ahmad@motesplats.example", DemoData.LUND, Set.of(ActivityCategory.OUTDOORS)),
            new Wish("oksana@motesplats.example", DemoData.LUND, Set.of(ActivityCategory.OUTDOORS, ActivityCategory.LANGUAGE_CAFE)),
            new Wish("nasrin@motesplats.example", DemoData.KRISTIANSTAD, Set.of(ActivityCategory.CRAFTS, ActivityCategory.STUDY_CIRCLE)),
            new Wish("reza@motesplats.example", DemoData.KRISTIANSTAD, Set.of(ActivityCategory.STUDY_CIRCLE)),
            new Wish("maryam@motesplats.example", DemoData.KRISTIANSTAD, Set.of(ActivityCategory.CRAFTS, ActivityCategory.STUDY_CIRCLE)),
            new Wish("zarghona@motesplats.example", DemoData.KRISTIANSTAD, Set.of(ActivityCategory.CRAFTS)));

    private final AccountService accounts;
    private final ProfileService profiles;

    DemoDemand(AccountService accounts, ProfileService profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    /** After the newcomers' accounts exist (DemoAttendance). Call as an administrator. */
    void load() {
        for (Wish wish : WISHES) {
            DemoAttendance.Newcomer newcomer = DemoAttendance.ACTIVITIES.stream().flatMap(activity -> activity.signedUp().stream())
                    .filter(someone -> someone.email().equals(wish.email())).findFirst().orElseThrow();
            long id = accounts.ensureAccount(newcomer.email(), newcomer.firstName(), newcomer.language(), List.of(Roles.PARTICIPANT));
            DemoActor.run(new SignedInPerson(id, newcomer.firstName(), Set.of(Roles.PARTICIPANT)), () -> {
                if (profiles.mine().equals(Profile.EMPTY)) {
                    profiles.save(new Profile(Set.of(newcomer.language(), SupportedLanguage.SWEDISH), null,
                            wish.municipality(), wish.interests()));
                }
            });
        }
    }
}
