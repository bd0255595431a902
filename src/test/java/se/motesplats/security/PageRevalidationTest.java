package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The rules of {@link PageRevalidation}: which answers the browser keeps, and when it is told it has the page. */
class PageRevalidationTest {

    private static final String PAGE = "<!doctype html><html><head><script nonce=\"%s\">start()</script></head><body>%s</body></html>";

    private final PageRevalidation revalidation = new PageRevalidation();

    private MockHttpServletResponse answer(MockHttpServletRequest request, String contentType, String body) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        revalidation.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
                res.setContentType(contentType);
                res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
        }));
        return response;
    }

    private static MockHttpServletRequest pageRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/activities");
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        return request;
    }

    /** The page as Vaadin writes it, with its response's nonce. */
    private static String page(MockHttpServletRequest request, String body) {
        return PAGE.formatted(ContentSecurityPolicy.nonceOf(request), body);
    }

    @Test
    void theTagIsThePagesWithoutItsNonce() {
        String first = PageRevalidation.tagOf(PAGE.formatted("aaaa1111", "cards").getBytes(StandardCharsets.UTF_8), "aaaa1111");
        assertThat(PageRevalidation.tagOf(PAGE.formatted("bbbb2222", "cards").getBytes(StandardCharsets.UTF_8), "bbbb2222"))
                .as("a new nonce, the same page").isEqualTo(first).startsWith("W/\"");
        assertThat(PageRevalidation.tagOf(PAGE.formatted("aaaa1111", "other cards").getBytes(StandardCharsets.UTF_8), "aaaa1111"))
                .as("another page").isNotEqualTo(first);
    }

    @Test
    void aPageThePhoneHasIsAnsweredWithoutItsBody() throws Exception {
        MockHttpServletRequest request = pageRequest();
        MockHttpServletResponse first = answer(request, "text/html;charset=utf-8", page(request, "cards"));
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("cards");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("private, no-cache");
        String tag = first.getHeader("ETag");

        MockHttpServletRequest again = pageRequest();
        again.addHeader("If-None-Match", "W/\"older\", " + tag);
        MockHttpServletResponse notModified = answer(again, "text/html;charset=utf-8", page(again, "cards"));
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(notModified.getHeader("ETag")).isEqualTo(tag);

        MockHttpServletRequest changed = pageRequest();
        changed.addHeader("If-None-Match", tag);
        MockHttpServletResponse newPage = answer(changed, "text/html;charset=utf-8", page(changed, "a new card"));
        assertThat(newPage.getStatus()).as("the listing changed since").isEqualTo(200);
        assertThat(newPage.getContentAsString()).contains("a new card");
        assertThat(newPage.getHeader("ETag")).isNotEqualTo(tag);
    }

    @Test
    void aSignedInPersonsPageIsNotKept() throws Exception {
        MockHttpServletRequest request = pageRequest();
        request.setUserPrincipal(UsernamePasswordAuthenticationToken.authenticated("leader", null, java.util.List.of()));
        request.addHeader("If-None-Match", "*");
        MockHttpServletResponse response = answer(request, "text/html;charset=utf-8", page(request, "my meetings"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("ETag")).isNull();
        assertThat(response.getHeader("Cache-Control")).as("Spring Security's no-store is written later").isNull();
        assertThat(response.getContentAsString()).contains("my meetings");
    }

    @Test
    void onlyPagesAskedForAsPagesAreKept() throws Exception {
        MockHttpServletRequest json = new MockHttpServletRequest("GET", "/api/public/activities");
        json.addHeader("Accept", "application/json");
        assertThat(answer(json, "application/json", "[]").getHeader("ETag")).isNull();

        MockHttpServletRequest post = pageRequest();
        post.setMethod("POST");
        assertThat(answer(post, "text/html", page(post, "")).getHeader("ETag")).isNull();

        MockHttpServletRequest download = new MockHttpServletRequest("GET", "/VAADIN/dynamic/resource/1/5f2c/claim.pdf");
        download.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        MockHttpServletResponse streamed = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        revalidation.doFilter(download, streamed, chain);
        assertThat(chain.getResponse()).as("a download streams, not held in memory").isSameAs(streamed);

        MockHttpServletRequest notHtml = pageRequest();
        MockHttpServletResponse script = answer(notHtml, "text/javascript", "start()");
        assertThat(script.getHeader("ETag")).isNull();
        assertThat(script.getContentAsString()).isEqualTo("start()");
    }
}
