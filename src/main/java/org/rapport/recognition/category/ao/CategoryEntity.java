package org.rapport.recognition.category.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * Table {@code AO_xxxxxx_CATEGORY}. The constants are the database column names; every query uses
 * them in upper case because PostgreSQL creates AO columns quoted upper-case.
 */
@Table("CATEGORY")
public interface CategoryEntity extends Entity {
    String TABLE = "CATEGORY";
    String ID = "ID";
    String NAME = "NAME";
    String NORMALIZED_NAME = "NORMALIZED_NAME";
    String DESCRIPTION = "DESCRIPTION";
    String ICON = "ICON";
    String COLOUR = "COLOUR";
    String KIND = "KIND";
    String SORT_ORDER = "SORT_ORDER";
    String ARCHIVED = "ARCHIVED";
    String UPDATED_AT = "UPDATED_AT";

    /** All columns, for queries that build records, so no getter goes back to the database. */
    String ALL_COLUMNS = String.join(", ", ID, NAME, NORMALIZED_NAME, DESCRIPTION, ICON, COLOUR, KIND,
            SORT_ORDER, ARCHIVED, UPDATED_AT);

    // 60 code points may be 120 UTF-16 units (H2 and SQL Server count those), and lower-casing can
    // double a character (U+0130): 255 leaves room for every name the validation accepts.
    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    /** Lower-cased trimmed name; the unique index makes "Teamwork" and "teamwork " one name, even under races. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getNormalizedName();

    void setNormalizedName(String normalizedName);

    // 500 characters exceed the 450 that AO allows for a VARCHAR on every database it supports.
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    @StringLength(20)
    String getIcon();

    void setIcon(String icon);

    @NotNull
    @StringLength(20)
    String getColour();

    void setColour(String colour);

    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String kind);

    @NotNull
    @Default("0")
    int getSortOrder();

    void setSortOrder(int sortOrder);

    @NotNull
    @Default("false")
    @Indexed
    boolean getArchived();

    void setArchived(boolean archived);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
