package com.clientele.base.api;

import com.clientele.base.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of every {@code /api/} request, in front of Spring Security. It makes sure
 * an API client only ever gets {@code application/problem+json} for an error, never the servlet
 * container's HTML error page or a stack trace: errors reported with {@code sendError} become
 * problems, and exceptions that escape everything else become a 500 (or a 503 while the database
 * is unreachable). It also caps the request body: by Content-Length up front, and while reading
 * for bodies sent without one. Every request it sees is counted by its answer's status
 * ({@link ApiRequestMeter}).
 */
class ApiRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestFilter.class);

    private final ApiProblems problems;
    private final long maxBodyBytes;
    private final long maxUploadBytes;
    private final ApiLinks links;
    private final ApiRequestMeter meter;

    /** @param maxUploadBytes the cap for multipart uploads (file imports), which are larger than JSON bodies */
    ApiRequestFilter(ApiProblems problems, long maxBodyBytes, long maxUploadBytes, ApiLinks links,
            ApiRequestMeter meter) {
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.links = links;
        this.meter = meter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        try {
            answer(request, response, chain);
        } finally {
            meter.answered(request.getMethod(), response.getStatus());
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        request.setAttribute(ApiLinks.ATTRIBUTE, links);
        String contentType = request.getContentType();
        long limit = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                ? maxUploadBytes : maxBodyBytes;
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge(limit), null);
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, limit), new ProblemOnSendError(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                log.warn("API request {} {} failed after the response was committed: {}", request.getMethod(),
                        request.getRequestURI(), e.toString());
                return;
            }
            if (causedBy(e, RequestRejectedException.class)) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "The request was rejected", null);
            } else if (causedBy(e, InvalidParameterException.class)) {
                // a form body Tomcat cannot decode; query strings are checked before this filter
                problems.write(request, response, HttpStatus.BAD_REQUEST, "A parameter could not be decoded", null);
            } else if (DatabaseUnavailable.isCause(e)) {
                response.setHeader("Retry-After", "10");
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                        "The database cannot be reached right now. Try again in a moment.", null);
            } else {
                log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
                problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong. Nothing was changed; please try again.", null);
            }
        }
    }

    private static String tooLarge(long limit) {
        return "The request body is larger than " + (limit / 1024) + " KB";
    }

    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Turns {@code sendError} (used by the container and some framework code) into a problem. */
    private final class ProblemOnSendError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnSendError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response is already committed");
            }
            HttpStatus resolved = HttpStatus.resolve(status);
            problems.write(request, (HttpServletResponse) getResponse(),
                    resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved, null, null);
        }
    }

    /** Counts the bytes of the body as they are read and stops at the limit. */
    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = delegate.read();
            if (value >= 0) {
                counted(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws PayloadTooLargeException {
            count += bytes;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
