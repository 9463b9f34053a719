package dev.atrium.core.problem;

import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into RFC 9457 problem+json with a stable
 * type. Bad input is a 4xx that names the fields; a 500 says nothing of the
 * cause, which goes to the log with the request id.
 */
@RestControllerAdvice(annotations = RestController.class)
// Just after the advice that names a missing right (roles), which answers a signed-in user's refusal first.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        ProblemDetail problem = Problems.of(e.status(), e.type(), e.title(), e.detail());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(validation(
                List.of(new FieldError(e.getName(), "must be a valid " + expected))));
    }

    /** A reference to a row the tenant cannot see fails the composite foreign key: say so, never 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        // The constraint's name, never the driver's message: that can hold the row's values.
        log.info("Refused a write that broke database constraint {}", constraintOf(e));
        return ResponseEntity.status(409).body(Problems.of(409, "conflict", "Conflicting data",
                "The request conflicts with existing data or refers to something that does not exist."));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleWrite(OptimisticLockingFailureException e) {
        return ResponseEntity.status(409).body(Problems.of(409, "concurrent-modification", "Changed meanwhile",
                "Someone else changed this record since you read it; reload and try again."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(403).body(Problems.of(403, "forbidden", "Forbidden",
                "Your role does not allow this action."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causedIt(e)) {
            DatabaseUnavailable.logged(e);
            return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "5").body(DatabaseUnavailable.problem());
        }
        log.error("Unexpected failure answering an API call", e);
        return ResponseEntity.status(500).body(Problems.of(500, "internal-error", "Internal error",
                "Something went wrong on our side. The request id in the response headers helps support find it."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validation(fieldErrors(e.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldError(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(MalformedInput.fieldError(e)
                .map(error -> validation(List.of(error)))
                .orElseGet(() -> Problems.of(400, "malformed-request", "Malformed request",
                        MalformedInput.describe(e))));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.type(Problems.slugFor(status.value())));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String constraintOf(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                return violation.getConstraintName();
            }
            if (cause instanceof java.sql.SQLException sql) {
                return "(SQL state " + sql.getSQLState() + ")";
            }
        }
        return "(unknown)";
    }

    static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = Problems.of(400, "validation-failed", "Invalid input",
                errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        // A value that could not even be converted (text for a number, an unknown enum constant) has a
        // default message full of Java type names: say it plainly.
        result.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(),
                error.isBindingFailure() ? "is not a valid value" : error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(),
                error.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }
}
