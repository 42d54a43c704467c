package org.rapport.recognition.rest;

import org.rapport.people.rest.PersonJson;

import java.util.List;

/** A leaderboard: which board, and its ranked entries. */
public record LeaderboardJson(String direction, String period, long categoryId, List<Entry> entries) {
    public record Entry(int rank, PersonJson person, int count) {
    }
}
