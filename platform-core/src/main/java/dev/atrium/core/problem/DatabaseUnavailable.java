package dev.atrium.core.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A database that does not answer (no connection within the pool's timeout,
 * a socket that went silent, a statement the server cancelled) is a 503 that
 * the client may retry: problem+json {@code database-unavailable} for the API,
 * the friendly error page for people. Wherever it happens: in a controller
 * (see {@link ApiExceptionHandler}), or in a filter before any controller runs
 * (the token and session checks read the database), which this filter catches.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    static final String TYPE = "database-unavailable";
    static final String TITLE = "Database unavailable";
    static final String DETAIL = "The database is not answering right now. Please try again in a moment.";

    private final ProblemResponses problems;
    private final ITemplateEngine templates;

    DatabaseUnavailable(ProblemResponses problems, ITemplateEngine templates) {
        this.problems = problems;
        this.templates = templates;
    }

    /** True when the failure, or anything that caused it, says the database did not answer in time. */
    static boolean causedIt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // A rollback that failed on the dead connection hides the failure that made it roll back.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedIt(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SocketTimeoutException
                    || cause instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Connection exceptions (08), a cancelled statement, a server shutting down or refusing connections. */
    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57014")
                || sqlState.equals("57P01") || sqlState.equals("57P03") || sqlState.equals("53300"));
    }

    static void logged(Throwable failure) {
        // The class only: driver and Hibernate messages may quote statements.
        log.warn("Database unavailable while answering a request ({})", rootCause(failure).getClass().getName());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!causedIt(e) || response.isCommitted()) {
                throw e;
            }
            logged(e);
            response.resetBuffer();
            response.setHeader("Retry-After", "5");
            String path = request.getRequestURI();
            if (path.startsWith("/api/") || path.startsWith("/admin/api/")) {
                problems.write(response, 503, TYPE, TITLE, DETAIL, Map.of());
            } else {
                page(request, response);
            }
        }
    }

    /**
     * The error page rendered here rather than through {@code /error}: that
     * dispatch would load the signed-in user's menu, from the database again.
     */
    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(503);
        response.setContentType("text/html;charset=UTF-8");
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), request.getLocale() == null ? Locale.ROOT : request.getLocale(),
                Map.of("status", 503));
        templates.process("error", context, response.getWriter());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
