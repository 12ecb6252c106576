package io.tierline.costanalyzer.api;

/**
 * Every error the REST API answers: the HTTP status and one line that names the field and what is
 * wrong.
 */
public record ErrorResponse(int code, String message) {}
