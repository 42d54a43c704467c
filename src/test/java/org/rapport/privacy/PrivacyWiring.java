package org.rapport.privacy;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.rapport.help.HelpErasure;
import org.rapport.help.HelpStore;
import org.rapport.mentoring.MentoringErasure;
import org.rapport.mentoring.checkin.CheckInStore;
import org.rapport.mentoring.checkin.GoalStore;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.profile.MentoringStore;
import org.rapport.notification.HelpNotifications;
import org.rapport.notification.MentoringNotifications;
import org.rapport.notification.NotificationErasure;
import org.rapport.notification.NotificationService;
import org.rapport.notification.NotificationStore;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.CommentStore;
import org.rapport.recognition.ReactionStore;
import org.rapport.recognition.RecognitionErasure;
import org.rapport.recognition.RecognitionStore;
import org.rapport.recognition.moderation.ModerationErasure;
import org.rapport.recognition.moderation.ModerationStore;
import org.rapport.tally.Tallies;
import org.rapport.tally.TallyStore;

/** The privacy service with every room's erasure port, wired as the plugin's container does, over one database. */
public final class PrivacyWiring {
    private PrivacyWiring() {
    }

    public static PrivacyService privacy(ActiveObjects ao, Permissions permissions, SystemClock clock) {
        return privacy(ao, permissions, clock, helpErasure(ao, permissions, clock));
    }

    /** With a help erasure the test holds itself. */
    public static PrivacyService privacy(ActiveObjects ao, Permissions permissions, SystemClock clock, HelpErasure help) {
        Transactions transactions = new Transactions(ao);
        Tallies tallies = new Tallies(new TallyStore(ao));
        NotificationStore notifications = new NotificationStore(ao);
        ModerationErasure moderation = new ModerationErasure(new ModerationStore(ao), transactions, permissions);
        RecognitionErasure recognition = new RecognitionErasure(new RecognitionStore(ao), tallies, new ReactionStore(ao),
                new CommentStore(ao), new NotificationService(notifications, transactions, clock), moderation, transactions, permissions);
        MentoringErasure mentoring = new MentoringErasure(new MentoringStore(ao), new MentorshipStore(ao), new CheckInStore(ao), new GoalStore(ao),
                new MentoringNotifications(notifications, clock), transactions, permissions, clock);
        return new PrivacyService(recognition, moderation, help, mentoring,
                new NotificationErasure(notifications, transactions, permissions), permissions);
    }

    public static HelpErasure helpErasure(ActiveObjects ao, Permissions permissions, SystemClock clock) {
        return new HelpErasure(new HelpStore(ao), new Tallies(new TallyStore(ao)), new HelpNotifications(new NotificationStore(ao), clock),
                new Transactions(ao), permissions);
    }
}
