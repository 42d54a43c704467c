package org.rapport.recognition.rest;

/** The caller's weekly allowance: {@code limit} 0 is unlimited (then {@code remaining} is null). */
public record AllowanceJson(int limit, int used, Integer remaining, String resetsAt) {
}
