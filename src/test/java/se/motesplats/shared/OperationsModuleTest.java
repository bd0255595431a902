package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.motesplats.testing.ModuleTestBase;

/** Health with the database and Prometheus metrics live on the internal management port only. */
class OperationsModuleTest extends ModuleTestBase {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("\"UP\"");
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreOnTheManagementPortNotThePublicOne() throws Exception {
        assertThat(get(managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(get(port, "/actuator/prometheus").body()).doesNotContain("jvm_memory_used_bytes");
    }

    /** Search engines get a real robots.txt and each page a description in the visitor's language (Lighthouse's SEO audit). */
    @Test
    void robotsAndThePagesDescriptionInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> robots = get(port, "/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body()).startsWith("User-agent: *").contains("Disallow: /dev/");

        HttpResponse<String> arabic = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/activities"))
                .header("Accept-Language", "ar").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(arabic.body()).contains("<meta name=\"description\" content=\"ابحث عن أنشطة");
    }

    /**
     * Tests switch the job timers off and run jobs themselves; a library's @EnableScheduling (Spring Modulith's
     * Moments did) would switch every timer back on and let jobs race the tests' assertions.
     */
    @Test
    void noJobTimersRunInTests(@org.springframework.beans.factory.annotation.Autowired org.springframework.context.ApplicationContext context) {
        assertThat(context.getBeanNamesForType(org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor.class))
                .isEmpty();
    }
}
