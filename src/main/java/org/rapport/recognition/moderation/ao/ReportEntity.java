package org.rapport.recognition.moderation.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * Table {@code AO_47C15B_ABUSE_REPORT}: one person's report of one recognition, open until an admin
 * hides the recognition or dismisses the reports; resolved reports are kept with who and when.
 */
@Table("ABUSE_REPORT")
@Indexes(@Index(name = "queue", methodNames = {"getReportState", "getCreatedAt"}))
public interface ReportEntity extends Entity {
    String ID = "ID";
    String RECOGNITION_ID = "RECOGNITION_ID";
    String REPORTER_KEY = "REPORTER_KEY";
    String REPORT_REASON = "REPORT_REASON";
    String CREATED_AT = "CREATED_AT";
    String REPORT_STATE = "REPORT_STATE";
    String OPEN_KEY = "OPEN_KEY";
    String RESOLVED_BY = "RESOLVED_BY";
    String RESOLVED_AT = "RESOLVED_AT";

    String ALL_COLUMNS = String.join(", ", ID, RECOGNITION_ID, REPORTER_KEY, REPORT_REASON, CREATED_AT, REPORT_STATE,
            RESOLVED_BY, RESOLVED_AT);

    @NotNull
    @Indexed
    int getRecognitionId();

    void setRecognitionId(int recognitionId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getReporterKey();

    void setReporterKey(String reporterKey);

    /** Up to 500 characters: more than an indexable VARCHAR holds, hence unlimited. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReportReason();

    void setReportReason(String reason);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /** {@code OPEN}, {@code HIDDEN} (the recognition was hidden) or {@code DISMISSED}. */
    @NotNull
    @StringLength(10)
    String getReportState();

    void setReportState(String state);

    /**
     * {@code recognition|reporter} while open, so the unique index allows one open report per person
     * and recognition even when two requests race; {@code closed|ID} once resolved (never null:
     * SQL Server allows one NULL per unique column).
     */
    @NotNull
    @Unique
    @StringLength(450)
    String getOpenKey();

    void setOpenKey(String openKey);

    @StringLength(255)
    String getResolvedBy();

    void setResolvedBy(String resolvedBy);

    Date getResolvedAt();

    void setResolvedAt(Date resolvedAt);
}
