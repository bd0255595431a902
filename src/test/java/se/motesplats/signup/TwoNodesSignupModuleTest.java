package se.motesplats.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.Application;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.Storm;

/**
 * Capacity holds across app nodes: a second instance of the application (its own connection pool,
 * transactions and services) on the same database takes half of a storm of 200 sign-ups for 20
 * places. The only Spring context of the test run besides the shared one, and it lives for this test.
 */
class TwoNodesSignupModuleTest extends ModuleTestBase {

    @Autowired SignupService nodeA;
    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;

    @Test
    void twoHundredSignUpsThroughTwoNodesFillExactlyTwentyPlaces() throws Exception {
        long activity = published.weekly("Två noder", 20, false).activityId();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(accounts.ensureAccount("node-" + i + "-" + UUID.randomUUID() + "@motesplats.test", "N" + i,
                    SupportedLanguage.SOMALI, List.of()));
        }
        try (ConfigurableApplicationContext nodeBContext = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                // arguments, not default properties: application.properties' server.port (8080) would win over those
                .run("--server.port=0", "--management.server.port=0", "--spring.flyway.enabled=false")) {
            SignupService nodeB = nodeBContext.getBean(SignupService.class);
            List<Callable<SignupOutcome>> attempts = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                long person = people.get(i);
                SignupService node = i % 2 == 0 ? nodeA : nodeB;
                attempts.add(() -> signUp(node, person, activity));
                SignupService other = i % 3 == 0 ? nodeB : nodeA;
                attempts.add(() -> signUp(other, person, activity));
            }
            Storm.fire(attempts);
        }
        assertThat(jdbc.sql("select count(*) from signup where activity_id = :activity").param("activity", activity)
                .query(Integer.class).single()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from signup where activity_id = :activity and status = 'CONFIRMED'")
                .param("activity", activity).query(Integer.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("select taken from signup_places where activity_id = :activity and occurrence_id = 0")
                .param("activity", activity).query(Integer.class).single()).isEqualTo(20);
    }

    private static SignupOutcome signUp(SignupService node, long person, long activity) {
        SignupOutcome[] outcome = new SignupOutcome[1];
        runAs(person, () -> outcome[0] = node.signUp(activity, null, List.of()), Roles.PARTICIPANT);
        return outcome[0];
    }
}
