package com.clientele.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the API's links point, for each setting (the running server's defaults: ContainerResponsesTest). */
class ApiLinksTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theConfiguredPublicUrlWinsOverAnyHost() {
        request("evil.example", 80, new ApiLinks("https://clientele.example.com/", Set.of("localhost")));
        assertThat(ApiLinks.currentRequestUri().build(true).toUriString())
                .isEqualTo("https://clientele.example.com/api/admin/providers/");
    }

    @Test
    void anAllowedHostIsKeptWithItsPortAndOthersGiveRelativeLinks() {
        ApiLinks links = new ApiLinks("", Set.of(" LocalHost ", "clientele.example.com"));
        request("localhost", 8080, links);
        assertThat(ApiLinks.currentRequestUri().build(true).toUriString())
                .isEqualTo("http://localhost:8080/api/admin/providers/");
        request("clientele.example.com", 80, links);
        assertThat(ApiLinks.currentRequestUri().build(true).toUriString())
                .isEqualTo("http://clientele.example.com/api/admin/providers/");
        request("evil.example", 80, links);
        assertThat(ApiLinks.currentRequestUri().build(true).toUriString()).isEqualTo("/api/admin/providers/");
    }

    @Test
    void aPublicUrlThatIsNoBaseUrlIsRefusedAtStart() {
        assertThatThrownBy(() -> new ApiLinks("clientele.example.com", Set.of())).hasMessageContaining("app.public-url");
        assertThatThrownBy(() -> new ApiLinks("https://x.example/?a=b", Set.of())).hasMessageContaining("app.public-url");
    }

    private static void request(String host, int port, ApiLinks links) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/admin/providers/");
        request.setServerName(host);
        request.setServerPort(port);
        request.setAttribute(ApiLinks.ATTRIBUTE, links);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
