package org.rapport.platform.rest;

import java.util.List;

/** The body of every 4xx answer: {@code {"errors":[{"field":"name","message":"..."}]}}. */
public record ErrorJson(List<Item> errors) {
    public record Item(String field, String message) {
    }

    public static ErrorJson of(String field, String message) {
        return new ErrorJson(List.of(new Item(field, message)));
    }
}
