package org.rapport.help.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_47C15B_HELP_KIND}: a kind of help admins offer ("unblocked me"). The code is
 * fixed at creation (clients send it); the label can be renamed; kinds are archived, never deleted.
 */
@Table("HELP_KIND")
public interface HelpKindEntity extends Entity {
    String ID = "ID";
    String CODE = "CODE";
    // "LABEL" is a keyword on some databases: hence KIND_LABEL.
    String KIND_LABEL = "KIND_LABEL";
    String SORT_ORDER = "SORT_ORDER";
    String ARCHIVED = "ARCHIVED";

    String ALL_COLUMNS = String.join(", ", ID, CODE, KIND_LABEL, SORT_ORDER, ARCHIVED);

    @NotNull
    @Unique
    @StringLength(60)
    String getCode();

    void setCode(String code);

    @NotNull
    @StringLength(150)
    String getKindLabel();

    void setKindLabel(String kindLabel);

    @NotNull
    @Default("0")
    int getSortOrder();

    void setSortOrder(int sortOrder);

    @NotNull
    @Default("false")
    boolean getArchived();

    void setArchived(boolean archived);
}
