package org.rapport.mentoring.settings.rest;

import org.rapport.mentoring.settings.MentoringSettings;

/** The mentoring settings as the REST API shows and takes them ({@code mentoring/settings}; PUT needs every field). */
public final class SettingsJson {
    private SettingsJson() {
    }

    public record Weights(Integer sharedSkill, Integer helpEvidence, Integer otherDepartment, Integer timezoneOverlap) {
    }

    public record Settings(String coordinatorGroup, Integer defaultCadenceDays, Integer graceDays, Weights weights) {
    }

    static Settings of(MentoringSettings s) {
        return new Settings(s.coordinatorGroup(), s.defaultCadenceDays(), s.graceDays(),
                new Weights(s.weights().sharedSkill(), s.weights().helpEvidence(), s.weights().otherDepartment(),
                        s.weights().timezoneOverlap()));
    }
}
