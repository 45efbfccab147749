package com.clientele.security;

import com.clientele.base.api.ApiProblems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.MessageBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for the errors it answers itself, before any servlet or filter runs: a
 * malformed request line, a request line or header over the size limit, a URL that does not
 * normalise ({@code /%2e%2e/x}). Instead of Tomcat's HTML page: the security headers, and under
 * {@code /api/} an {@code application/problem+json} body; elsewhere one line of text. Responses
 * the application already wrote (Spring's error handling, the API's problems) are left alone.
 */
class ContainerErrorValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrorValve.class);

    private final ApiProblems problems;

    ContainerErrorValve(ApiProblems problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /**
     * Requests Tomcat refuses before any filter runs, answered here rather than through the
     * application's error page ({@code /error}), which sent them to the login page without the
     * security headers: {@code TRACE} (405, refused by the connector) and the protected folders
     * {@code /WEB-INF} and {@code /META-INF} (404, refused by the context as its first step).
     */
    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        boolean protectedFolder = isProtectedFolder(request.getRequestPathMB());
        if ((response.isError() || protectedFolder) && !request.isAsyncDispatching()) {
            if (!response.isError()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            response.setSuspended(false);
            report(request, response, null);
            return;
        }
        super.invoke(request, response);
    }

    /** The folders Tomcat's context never serves, matched as its {@code StandardContextValve} does. */
    private static boolean isProtectedFolder(MessageBytes path) {
        return path.startsWithIgnoreCase("/META-INF/", 0) || path.equalsIgnoreCase("/META-INF")
                || path.startsWithIgnoreCase("/WEB-INF/", 0) || path.equalsIgnoreCase("/WEB-INF");
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        try {
            SecurityHeaders.write(response.getResponse());
            HttpStatus resolved = HttpStatus.resolve(status);
            HttpStatus shown = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
            if (SecurityHeaders.isApi(request.getRequestURI())) {
                problems.write(request.getRequest(), response.getResponse(), shown, detail(shown), null);
                return;
            }
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(shown.value() + " " + shown.getReasonPhrase() + "\n");
                writer.flush();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the error response", e);
        }
    }

    private static String detail(HttpStatus status) {
        return status == HttpStatus.BAD_REQUEST
                ? "The request is malformed: its request line, a header or the URL could not be read,"
                        + " or the request line or headers are larger than the server accepts"
                : null;
    }
}
