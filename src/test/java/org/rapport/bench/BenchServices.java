package org.rapport.bench;

import com.atlassian.jira.user.ApplicationUser;
import org.rapport.admin.SettingsService;
import org.rapport.admin.SettingsStore;
import org.rapport.admin.StoredSettings;
import org.rapport.help.HelpKindStore;
import org.rapport.help.HelpService;
import org.rapport.help.HelpStore;
import org.rapport.help.web.HelpProfilePanel;
import org.rapport.mentoring.pairing.ActivePairingCounts;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.profile.MentoringStandings;
import org.rapport.mentoring.profile.MentoringStore;
import org.rapport.mentoring.profile.web.MentoringProfilePanel;
import org.rapport.notification.HelpNotifications;
import org.rapport.notification.NotificationService;
import org.rapport.notification.NotificationStore;
import org.rapport.notification.web.UnreadProfilePanel;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgStore;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.product.jira.JiraPanelContext;
import org.rapport.product.jira.JiraPeopleSearch;
import org.rapport.recognition.CommentStore;
import org.rapport.recognition.LeaderboardService;
import org.rapport.recognition.ReactionStore;
import org.rapport.recognition.RecognitionService;
import org.rapport.recognition.RecognitionStore;
import org.rapport.recognition.TeamFeed;
import org.rapport.recognition.category.CategoryService;
import org.rapport.recognition.category.CategoryStore;
import org.rapport.recognition.web.RecognitionProfilePanel;
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
import org.rapport.tally.Tallies;
import org.rapport.tally.TallyStore;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Rapport's recognition components wired over a database as the standalone host wires them:
 * one pooled AO EntityManager, the host's user directory (SAL UserManager over its user table),
 * its i18n and Velocity renderer for the profile panels, and a clock the caller chooses.
 */
final class BenchServices {

    final HostActiveObjects ao;
    final UserStore users;
    final PeopleDirectory people;
    final RecognitionStore store;
    final Tallies tallies;
    final RecognitionService recognitions;
    final TeamFeed teamFeed;
    final OrgStore org;
    final LeaderboardService leaderboards;
    final CategoryService categories;
    final HelpService help;
    final RecognitionProfilePanel recognitionPanel;
    /** The profile panels by template, in the order of their weights in the descriptor. */
    final Map<String, com.atlassian.plugin.web.ContextProvider> profilePanels = new LinkedHashMap<>();
    final HostTemplateRenderer renderer;

    BenchServices(HostDatabase db, Clock clock) {
        ao = new HostActiveObjects(db.entityManager());
        users = new UserStore(db);
        HostUserManager userManager = new HostUserManager(users, "");
        people = new PeopleDirectory(userManager, new JiraPeopleSearch(userManager.search()));
        Permissions permissions = new Permissions(userManager);
        Transactions transactions = new Transactions(ao);
        SystemClock systemClock = new SystemClock(clock);
        CategoryStore categoryStore = new CategoryStore(ao);
        store = new RecognitionStore(ao);
        tallies = new Tallies(new TallyStore(ao));
        categories = new CategoryService(categoryStore, transactions, permissions, systemClock);
        SettingsService settings = new SettingsService(new SettingsStore(ao), new StoredSettings(new SettingsStore(ao), transactions), permissions);
        NotificationService notifications = new NotificationService(new NotificationStore(ao), transactions, systemClock);
        recognitions = new RecognitionService(store, tallies, notifications, new ReactionStore(ao), new CommentStore(ao), categoryStore, people,
                settings, transactions, permissions, systemClock);
        this.org = new OrgStore(ao);
        OrgChart org = new OrgChart(this.org);
        teamFeed = new TeamFeed(store, recognitions, org);
        leaderboards = new LeaderboardService(tallies, systemClock, settings, org, permissions);
        help = new HelpService(new HelpStore(ao), new HelpKindStore(ao), tallies, new SkillVocabulary(new SkillStore(ao)),
                new HelpNotifications(new NotificationStore(ao), systemClock), people, org, transactions, permissions, systemClock);
        HostApplication application = new HostApplication("http://localhost:2990", "");
        profilePanels.put("templates/panels/profile-unread.vm", new UnreadProfilePanel(new JiraPanelContext(), notifications, application));
        recognitionPanel = new RecognitionProfilePanel(new JiraPanelContext(), people, recognitions, leaderboards, categories, application);
        profilePanels.put("templates/panels/profile-recognition.vm", recognitionPanel);
        profilePanels.put("templates/panels/profile-help.vm", new HelpProfilePanel(new JiraPanelContext(), people, help, application));
        profilePanels.put("templates/panels/profile-mentoring.vm", new MentoringProfilePanel(new JiraPanelContext(), 
                new MentoringStandings(new MentoringStore(ao), new ActivePairingCounts(new MentorshipStore(ao)), org), application));
        PluginDescriptor descriptor = BenchSchema.descriptor();
        ClassLoader loader = BenchServices.class.getClassLoader();
        renderer = new HostTemplateRenderer(loader, Set.copyOf(descriptor.velocityAllowlist()),
                new HostI18nResolver(loader, descriptor.i18nLocation()));
    }

    /** Jira's {@code ApplicationUser} for a host user, as the profile page hands it to panels. */
    ApplicationUser applicationUser(String key) {
        return HostUserManager.applicationUser(users.byKey(key).orElseThrow(() -> new IllegalArgumentException("no user " + key)));
    }

    /** The profile panels as the host renders them, one after the other: context provider, then template. */
    String renderProfilePanel(ApplicationUser profileUser, ApplicationUser viewer) {
        StringWriter out = new StringWriter();
        profilePanels.forEach((template, provider) -> {
            Map<String, Object> context = new HashMap<>();
            context.put("profileUser", profileUser);
            context.put("currentUser", viewer);
            try {
                renderer.render(template, provider.getContextMap(context), out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return out.toString();
    }
}
