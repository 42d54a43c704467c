package org.rapport.privacy;

/** What an erasure changed, row by row (a re-run after completion changes nothing and answers zeros). */
public record ErasureResult(String user, ErasureMode mode, int recognitionsDeleted, int recognitionsAnonymised,
                            int recipientEntriesRemoved, int recipientEntriesAnonymised, int reactionsRemoved, int commentsRemoved,
                            int commentsAnonymised, int reportsRemoved, int notificationsRemoved, int notificationsAnonymised,
                            int moderationEntriesAnonymised, int countersRemoved,
                            int helpEntriesDeleted, int helpEntriesAnonymised, int helpDetailsRemoved,
                            int mentoringProfilesRemoved, int mentoringPairingsDeleted, int mentoringPairingsAnonymised) {
}
