package com.clientele.base.api;

import com.clientele.base.ConflictException;
import com.clientele.base.DatabaseUnavailable;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Language;
import com.clientele.base.Messages;
import com.clientele.base.NotFoundException;
import com.clientele.base.RequestIds;
import com.clientele.base.Text;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of a REST controller as {@code application/problem+json}: the service layer's
 * exceptions with their messages and field errors, Spring MVC's own (wrong method, content type,
 * malformed JSON, a parameter of the wrong type, an unknown path) with the parameter named, and
 * anything unexpected as a 500 without internals.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) [\"']([^\"']{1,100})[\"']");

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    /**
     * Whole numbers in parameters and headers are decimal digits only: Spring's default conversion
     * also reads {@code 0x10} and {@code #10} as 16, which no client means.
     */
    @InitBinder
    void decimalNumbersOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer::valueOf));
        binder.registerCustomEditor(int.class, new DecimalEditor(Integer::valueOf));
        binder.registerCustomEditor(Long.class, new DecimalEditor(Long::valueOf));
        binder.registerCustomEditor(long.class, new DecimalEditor(Long::valueOf));
    }

    private static final class DecimalEditor extends PropertyEditorSupport {

        private static final Pattern DIGITS = Pattern.compile("[+-]?[0-9]{1,19}");
        private final Function<String, Object> parse;

        DecimalEditor(Function<String, Object> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            String value = text == null ? "" : text.strip();
            if (value.isEmpty()) {
                setValue(null);
                return;
            }
            if (!DIGITS.matcher(value).matches()) {
                throw new IllegalArgumentException("Not a decimal whole number: " + text);
            }
            setValue(parse.apply(value)); // NumberFormatException (an IllegalArgumentException) when out of range
        }
    }

    /**
     * The service's refusal, each field with its text: {@code detail} and {@code errors} in the
     * language the request's {@code Accept-Language} prefers among ours (English by default; the
     * {@code title} stays the English status phrase).
     */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
        Language language = language(request);
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach((field, text) -> errors.put(field, messages.render(text, language)));
        String detail = errors.entrySet().stream().map(error -> error.getKey() + ": " + error.getValue())
                .collect(Collectors.joining("; "));
        return inLanguage(problem(HttpStatus.BAD_REQUEST, detail, errors, request), language);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        Language language = language(request);
        ResponseEntity<Object> response = problem(HttpStatus.NOT_FOUND, messages.render(e.text(), language), null,
                request);
        if (response.getBody() instanceof ProblemDetail problem) {
            e.hints().forEach(problem::setProperty);
        }
        return inLanguage(response, language);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        Language language = language(request);
        return inLanguage(problem(HttpStatus.CONFLICT, messages.render(e.text(), language), null, request), language);
    }

    private static Language language(WebRequest request) {
        return Language.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static ResponseEntity<Object> inLanguage(ResponseEntity<Object> response, Language language) {
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code()).body(response.getBody());
    }

    /** A role that may not do this at all (SPEC §10), or an admin's token on a business's endpoint. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e, WebRequest request) {
        return translated(HttpStatus.FORBIDDEN, "error.not-allowed", request);
    }

    private ResponseEntity<Object> databaseDown(Exception e, WebRequest request) {
        log.warn("Database unavailable during an API request: {}", e.toString());
        ResponseEntity<Object> response = translated(HttpStatus.SERVICE_UNAVAILABLE, "error.database-down", request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "10").body(response.getBody());
    }

    private ResponseEntity<Object> translated(HttpStatus status, String key, WebRequest request) {
        Language language = language(request);
        return inLanguage(problem(status, messages.render(Text.of(key), language), null, request), language);
    }

    /** Tomcat could not decode a parameter (a form body; query strings are refused before any controller). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameter(InvalidParameterException e, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "A parameter could not be decoded", null, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        if (DatabaseUnavailable.isCause(e)) {
            return databaseDown(e, request);
        }
        if (request instanceof NativeWebRequest web && web.getNativeResponse() instanceof ServletResponse response
                && response.isCommitted()) {
            log.warn("Request failed after the response was committed: {}", e.toString());
            return null;
        }
        log.error("Unexpected error in an API request", e);
        return translated(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : e.getPropertyName();
        String expected = expected(e.getRequiredType());
        return problem(HttpStatus.BAD_REQUEST, name + ": " + expected, Map.of(name, expected), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.getParameterName() + ": required",
                Map.of(e.getParameterName(), "Required"), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ApiRequestFilter.causedBy(e, PayloadTooLargeException.class)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large", null, request);
        }
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            String message = "The field " + duplicate + " appears more than once; send each field once";
            return problem(HttpStatus.BAD_REQUEST, duplicate + ": " + message, Map.of(duplicate, message), request);
        }
        String message = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? "Send a JSON object as the request body" : "The request body is not valid JSON";
        return problem(HttpStatus.BAD_REQUEST, message, Map.of("body", message), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        String path = servletRequest == null ? "/" + e.getResourcePath() : servletRequest.getRequestURI();
        return problem(HttpStatus.NOT_FOUND, "No such endpoint: " + e.getHttpMethod() + " " + path, null, request);
    }

    /** Every problem leaves as application/problem+json, whatever the client accepts. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null) {
                problem.setType(URI.create("about:blank"));
            }
            HttpServletRequest servletRequest = servletRequest(request);
            if (servletRequest != null && (problem.getProperties() == null
                    || !problem.getProperties().containsKey(RequestIds.PROBLEM_PROPERTY))) {
                problem.setProperty(RequestIds.PROBLEM_PROPERTY, RequestIds.of(servletRequest));
            }
            if (problem.getInstance() == null && servletRequest != null) {
                URI instance = ApiProblems.instance(servletRequest.getRequestURI());
                if (instance != null) {
                    problem.setInstance(instance);
                }
            }
        }
        HttpHeaders problemHeaders = new HttpHeaders(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, status);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, Map<String, String> errors,
            WebRequest request) {
        ProblemDetail problem = ApiProblems.problem(status, detail, errors, servletRequest(request));
        return createResponseEntity(problem, new HttpHeaders(), status, request);
    }

    /** The field a body names twice (refused by Jackson's strict duplicate detection), or null. */
    private static String duplicateField(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                Matcher matcher = DUPLICATE.matcher(cause.getMessage());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof NativeWebRequest web ? web.getNativeRequest(HttpServletRequest.class) : null;
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "Must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Must be true or false";
        }
        return "Has the wrong format";
    }
}
