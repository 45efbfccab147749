package com.clientele.base.api;

import com.clientele.base.Language;
import com.clientele.base.Messages;
import com.clientele.base.RequestIds;
import com.clientele.base.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Error responses of the REST API as RFC 9457 {@code application/problem+json}: {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}, {@code request_id} (the request's
 * {@code X-Request-Id}, see {@link RequestIds}), and for bad input an {@code errors} object naming
 * each parameter or field with what is wrong with it. Controllers'
 * errors get this shape from {@link ApiExceptionHandler}; filters write it with {@link #write}.
 */
@Component
public class ApiProblems {

    public static final String ERRORS = "errors";
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final JsonMapper json;
    private final Messages messages;

    ApiProblems(JsonMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    /** {@link #write} with the detail in the language the request's {@code Accept-Language} prefers. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Text detail)
            throws IOException {
        Language language = Language.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
        write(request, response, status, messages.render(detail, language), null);
    }

    public static ProblemDetail problem(HttpStatus status, String detail, Map<String, String> errors,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty(ERRORS, new LinkedHashMap<>(errors));
        }
        if (request != null) {
            problem.setProperty(RequestIds.PROBLEM_PROPERTY, RequestIds.of(request));
        }
        URI instance = request == null ? null : instance(request.getRequestURI());
        if (instance != null) {
            problem.setInstance(instance);
        }
        return problem;
    }

    /** The request path as the problem's instance; none for a path that is not a valid URI (such as "/%zz"). */
    static URI instance(String requestUri) {
        if (requestUri == null) {
            return null;
        }
        try {
            return URI.create(requestUri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Writes a problem straight to the response, for filters that answer before any controller. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
            Map<String, String> errors) throws IOException {
        // gives the request its id (and the header) when Tomcat answers before the request id filter ran
        RequestIds.of(request, response);
        ProblemDetail problem = problem(status, detail, errors, request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", String.valueOf(problem.getInstance()));
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.resetBuffer();
        // a filter in front of the security chain (the body size cap) answers before its headers are set
        StrictHeaders.writeIfAbsent(response);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(body));
        response.flushBuffer();
    }
}
