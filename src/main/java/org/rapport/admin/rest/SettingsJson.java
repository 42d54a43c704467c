package org.rapport.admin.rest;

import org.rapport.admin.RapportSettings;

/** The recognition rules as the REST API shows and takes them. */
public record SettingsJson(Integer weeklyAllowance, Boolean categoryRequired) {
    static SettingsJson of(RapportSettings s) {
        return new SettingsJson(s.weeklyAllowance(), s.categoryRequired());
    }

    /** A missing field keeps its current value. */
    RapportSettings merge(RapportSettings current) {
        return new RapportSettings(
                weeklyAllowance == null ? current.weeklyAllowance() : weeklyAllowance,
                categoryRequired == null ? current.categoryRequired() : categoryRequired);
    }
}
