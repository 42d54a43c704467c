package org.rapport.recognition.category.rest;

import java.util.List;

/** The body of {@code PUT categories/order}: every category id, in the new order. */
public record OrderRequest(List<Long> ids) {
    List<Long> idsOrEmpty() {
        return ids == null ? List.of() : ids;
    }
}
