package org.rapport.bench;

import com.atlassian.jira.user.ApplicationUser;
import org.rapport.admin.SettingsService;
import org.rapport.admin.SettingsStore;
import org.rapport.help.HelpKindStore;
import org.rapport.help.HelpService;
import org.rapport.help.HelpStore;
import org.rapport.notification.HelpNotifications;
import org.rapport.notification.NotificationService;
import org.rapport.notification.NotificationStore;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgStore;
import org.rapport.people.PeopleDirectory;
import org.rapport.mentoring.MentoringProfileService;
import org.rapport.mentoring.MentoringStore;
import org.rapport.people.web.ProfilePanel;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.CommentStore;
import org.rapport.recognition.LeaderboardService;
import org.rapport.recognition.ReactionStore;
import org.rapport.recognition.RecognitionService;
import org.rapport.recognition.RecognitionStore;
import org.rapport.recognition.TallyStore;
import org.rapport.recognition.category.CategoryService;
import org.rapport.recognition.category.CategoryStore;
import org.rapport.skills.SkillStore;
import org.rapport.skills.SkillVocabulary;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.i18n.HostI18nResolver;
import org.rapport.standalone.plugin.PluginDescriptor;
import org.rapport.standalone.users.HostUserManager;
import org.rapport.standalone.users.UserStore;
import org.rapport.standalone.velocity.HostTemplateRenderer;
import org.rapport.standalone.web.HostApplication;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Rapport's recognition components wired over a database as the standalone host wires them:
 * one pooled AO EntityManager, the host's user directory (SAL UserManager over its user table),
 * its i18n and Velocity renderer for the profile panel, and a clock the caller chooses.
 */
final class BenchServices {
    static final String PROFILE_TEMPLATE = "templates/panels/profile.vm";

    final HostActiveObjects ao;
    final UserStore users;
    final PeopleDirectory people;
    final RecognitionStore store;
    final TallyStore tallies;
    final RecognitionService recognitions;
    final LeaderboardService leaderboards;
    final CategoryService categories;
    final HelpService help;
    final ProfilePanel profilePanel;
    final HostTemplateRenderer renderer;

    BenchServices(HostDatabase db, Clock clock) {
        ao = new HostActiveObjects(db.entityManager());
        users = new UserStore(db);
        HostUserManager userManager = new HostUserManager(users, "");
        people = new PeopleDirectory(userManager, userManager.search());
        Permissions permissions = new Permissions(userManager);
        Transactions transactions = new Transactions(ao);
        SystemClock systemClock = new SystemClock(clock);
        CategoryStore categoryStore = new CategoryStore(ao);
        store = new RecognitionStore(ao);
        tallies = new TallyStore(ao);
        categories = new CategoryService(categoryStore, transactions, permissions, systemClock);
        SettingsService settings = new SettingsService(new SettingsStore(ao), transactions, permissions);
        NotificationService notifications = new NotificationService(new NotificationStore(ao), transactions, systemClock);
        recognitions = new RecognitionService(store, tallies, notifications, new ReactionStore(ao), new CommentStore(ao), categoryStore, people,
                settings, transactions, permissions, systemClock);
        OrgChart org = new OrgChart(new OrgStore(ao));
        leaderboards = new LeaderboardService(tallies, systemClock, settings, org, permissions);
        help = new HelpService(new HelpStore(ao), new HelpKindStore(ao), tallies, new SkillVocabulary(new SkillStore(ao)),
                new HelpNotifications(new NotificationStore(ao), systemClock), people, org, transactions, permissions, systemClock);
        MentoringProfileService mentoring = new MentoringProfileService(new MentoringStore(ao), new SkillVocabulary(new SkillStore(ao)),
                transactions, permissions, systemClock);
        profilePanel = new ProfilePanel(people, recognitions, leaderboards, categories, help, notifications, mentoring,
                new HostApplication("http://localhost:2990", ""));
        PluginDescriptor descriptor = BenchSchema.descriptor();
        ClassLoader loader = BenchServices.class.getClassLoader();
        renderer = new HostTemplateRenderer(loader, Set.copyOf(descriptor.velocityAllowlist()),
                new HostI18nResolver(loader, descriptor.i18nLocation()));
    }

    /** Jira's {@code ApplicationUser} for a host user, as the profile page hands it to panels. */
    ApplicationUser applicationUser(String key) {
        return HostUserManager.applicationUser(users.byKey(key).orElseThrow(() -> new IllegalArgumentException("no user " + key)));
    }

    /** The profile panel as the host renders it: context provider, then template. */
    String renderProfilePanel(ApplicationUser profileUser, ApplicationUser viewer) {
        Map<String, Object> context = new HashMap<>();
        context.put("profileUser", profileUser);
        context.put("currentUser", viewer);
        Map<String, Object> panel = profilePanel.getContextMap(context);
        StringWriter out = new StringWriter();
        try {
            renderer.render(PROFILE_TEMPLATE, panel, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
