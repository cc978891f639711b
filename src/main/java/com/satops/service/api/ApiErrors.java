package com.satops.service.api;

import com.satops.common.run.AlreadyRunningException;
import com.satops.service.ConflictException;
import com.satops.service.NotFoundException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every API error as {"error": ...}: 400 bad parameters (the CLI's message), 404 unknown, 409 conflicts. */
@RestControllerAdvice(basePackages = "com.satops.service.api")
public class ApiErrors {

    @ExceptionHandler(AlreadyRunningException.class)
    ResponseEntity<Map<String, Object>> alreadyRunning(AlreadyRunningException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(e.executionId() == null
                ? Map.of("error", e.getMessage())
                : Map.of("error", e.getMessage(), "executionId", e.executionId()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** BadRunRequestException is one: its message is the line the CLI prints. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, e.getName() + " must be a number (got '" + e.getValue() + "')");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, e.getParameterName() + " is required");
    }

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
