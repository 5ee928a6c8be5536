package org.telerad.registry.common.domain;

import org.telerad.shared.problem.TeleradException;

/** Which slice of a result list to answer: page number from 0 and page size from 1 to {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw TeleradException.invalid("TELERAD-REGISTRY-019", "page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw TeleradException.invalid("TELERAD-REGISTRY-019", "size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    /** Reads optional query parameters, defaulting to the first page of {@value #DEFAULT_SIZE}. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public static PageRequest all() {
        return new PageRequest(0, MAX_SIZE);
    }

    public int offset() {
        return page * size;
    }
}
