package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Overload waits its turn at the door instead of crowding the connection pool. */
class RequestAdmissionTest {

    private final AtomicInteger working = new AtomicInteger();
    private final Semaphore entered = new Semaphore(0);
    private final CountDownLatch finish = new CountDownLatch(1);

    /** A request that stays at work until the test lets it finish. */
    private final FilterChain slowWork = (request, response) -> {
        working.incrementAndGet();
        entered.release();
        try {
            finish.await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            working.decrementAndGet();
        }
    };

    private static MockHttpServletRequest request(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setQueryString(query);
        return request;
    }

    private static Thread send(RequestAdmission admission, MockHttpServletRequest request, MockHttpServletResponse response,
            FilterChain chain) {
        return Thread.ofVirtual().start(() -> {
            try {
                admission.doFilter(request, response, chain);
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
    }

    @Test
    void requestsBeyondTheLimitWaitAndGoOnWhenOthersFinish() throws Exception {
        RequestAdmission admission = new RequestAdmission(2, Duration.ofMinutes(1));
        List<MockHttpServletResponse> responses = new ArrayList<>();
        List<Thread> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            responses.add(response);
            requests.add(send(admission, request("/", "v-r=uidl&v-uiId=0"), response, slowWork));
        }
        assertThat(entered.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();
        assertThat(entered.tryAcquire(200, TimeUnit.MILLISECONDS)).as("a third request started while two were working").isFalse();
        assertThat(working).hasValue(2);

        finish.countDown();
        assertThat(entered.tryAcquire(1, 10, TimeUnit.SECONDS)).as("the waiting request got its turn").isTrue();
        for (Thread request : requests) {
            request.join(Duration.ofSeconds(10));
        }
        assertThat(responses).allSatisfy(response -> assertThat(response.getStatus()).isEqualTo(200));
    }

    @Test
    void aRequestThatWaitedTooLongIsToldToComeBack() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(100));
        Thread first = send(admission, request("/activities", null), new MockHttpServletResponse(), slowWork);
        assertThat(entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse late = new MockHttpServletResponse();
        admission.doFilter(request("/activities", null), late, (request, response) -> {
            throw new AssertionError("admitted although the only place was taken");
        });

        assertThat(late.getStatus()).isEqualTo(503);
        assertThat(late.getHeader("Retry-After")).isEqualTo("5");
        finish.countDown();
        first.join(Duration.ofSeconds(10));
    }

    @Test
    void bundleFilesAndThePushConnectionDoNotTakeAPlace() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(100));
        Thread first = send(admission, request("/", "v-r=uidl"), new MockHttpServletResponse(), slowWork);
        assertThat(entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();

        AtomicInteger served = new AtomicInteger();
        for (MockHttpServletRequest request : List.of(request("/VAADIN/build/indexhtml-AbCd1234.js", null),
                request("/", "v-r=push&v-uiId=0"))) {
            admission.doFilter(request, new MockHttpServletResponse(), (admitted, response) -> served.incrementAndGet());
        }

        assertThat(served).hasValue(2);
        finish.countDown();
        first.join(Duration.ofSeconds(10));
    }
}
