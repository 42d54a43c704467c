package org.rapport.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Table {@code AO_47C15B_SETTING}: one admin setting per row, by name. */
@Table("SETTING")
public interface SettingEntity extends Entity {
    String NAME = "NAME";
    String SETTING_VALUE = "SETTING_VALUE";

    @NotNull
    @Unique
    @StringLength(100)
    String getName();

    void setName(String name);

    // "VALUE" is an SQL keyword on several databases Jira supports: hence SETTING_VALUE.
    @StringLength(450)
    String getSettingValue();

    void setSettingValue(String value);
}
