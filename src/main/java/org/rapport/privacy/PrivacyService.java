package org.rapport.privacy;

import org.rapport.help.HelpErasure;
import org.rapport.mentoring.MentoringErasure;
import org.rapport.notification.NotificationErasure;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.recognition.RecognitionErasure;
import org.rapport.recognition.moderation.ModerationErasure;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * Erases what one person gave and received, on an admin's request (see {@link ErasureMode}). Each
 * room erases its own rows behind its erasure port; this service only runs them, in this order,
 * and reports what each did:
 * <ol>
 *   <li>recognition ({@link RecognitionErasure}): recognitions, recipients, reactions, comments,
 *   their counters, and moderation's records of deleted recognitions;</li>
 *   <li>moderation ({@link ModerationErasure}): the person's reports, their name on moderation;</li>
 *   <li>help ({@link HelpErasure}) and mentoring ({@link MentoringErasure});</li>
 *   <li>notifications ({@link NotificationErasure}) last, so the notices the steps above wrote or
 *   left go with the rest.</li>
 * </ol>
 * Each port works in small transactions that leave its counters equal to a recount, so an erasure
 * that stopped half-way (a node restart, a timeout) is finished by running it again; a run over an
 * already erased person changes nothing.
 */
@Named
public class PrivacyService {
    private final RecognitionErasure recognition;
    private final ModerationErasure moderation;
    private final HelpErasure help;
    private final MentoringErasure mentoring;
    private final NotificationErasure notifications;
    private final Permissions permissions;

    @Inject
    public PrivacyService(RecognitionErasure recognition, ModerationErasure moderation, HelpErasure help,
                          MentoringErasure mentoring, NotificationErasure notifications, Permissions permissions) {
        this.recognition = recognition;
        this.moderation = moderation;
        this.help = help;
        this.mentoring = mentoring;
        this.notifications = notifications;
        this.permissions = permissions;
    }

    public ErasureResult erase(Actor actor, ErasureRequest request) {
        permissions.requireAdmin(actor, "erase a person's data");
        String person = request.userKey();
        boolean delete = request.mode() == ErasureMode.DELETE;
        RecognitionErasure.Result r = recognition.erase(actor, person, delete);
        ModerationErasure.Result m = moderation.erase(actor, person);
        HelpErasure.Result h = delete ? help.delete(actor, person) : help.anonymise(actor, person);
        MentoringErasure.Result p = mentoring.erase(actor, person, delete);
        NotificationErasure.Result n = notifications.erase(actor, person, delete);
        return new ErasureResult(person, request.mode(), r.recognitionsDeleted(), r.recognitionsAnonymised(),
                r.recipientEntriesRemoved(), r.recipientEntriesAnonymised(), r.reactionsRemoved(), r.commentsRemoved(),
                r.commentsAnonymised(), m.reportsRemoved(), n.notificationsRemoved(), n.notificationsAnonymised(),
                m.moderationEntriesAnonymised(), r.countersRemoved(), h.entriesDeleted(), h.entriesAnonymised(),
                h.detailsRemoved(), p.profilesRemoved(), p.pairingsDeleted(), p.pairingsAnonymised());
    }
}
