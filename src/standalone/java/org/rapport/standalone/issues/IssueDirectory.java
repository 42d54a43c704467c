package org.rapport.standalone.issues;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.HostUserManager;
import org.rapport.standalone.users.UserStore;

import java.util.List;
import java.util.Optional;

/**
 * The host's stand-in for Jira's issues: a fixed demo project ({@code RAP}) with a few issues, so
 * that web panels at Jira's issue-view locations can be shown and tried. The issues are a read-only
 * fixture, not data: nothing is written, so nothing is kept only in memory. People are resolved by
 * username from the host's users on every read, so an assignee who does not exist (a host created
 * with {@code --no-demo} has no demo users) is simply unassigned.
 */
public final class IssueDirectory {
    /** The demo project. */
    public static final DemoProject RAPPORT = new DemoProject(10000L, "RAP", "Rapport demo");

    private static final List<Entry> DEMO = List.of(
            new Entry(10001L, "RAP-1", "Speed up the feed on large instances", "carol", "bob"),
            new Entry(10002L, "RAP-2", "Onboarding checklist for new starters", "dave", "alice"),
            new Entry(10003L, "RAP-3", "Fix the flaky login test", "bob", "carol"),
            new Entry(10004L, "RAP-4", "Write the quarterly release notes", "erin", "alice"),
            new Entry(10005L, "RAP-5", "Decide the mentoring programme goals", null, "alice"));

    private final UserStore users;
    private final List<Entry> entries;

    private IssueDirectory(UserStore users, List<Entry> entries) {
        this.users = users;
        this.entries = entries;
    }

    /** The demo issues RAP-1..RAP-5, assigned to the demo users. */
    public static IssueDirectory demo(UserStore users) {
        return new IssueDirectory(users, DEMO);
    }

    /** A host without issues (started with {@code --no-demo}). */
    public static IssueDirectory empty(UserStore users) {
        return new IssueDirectory(users, List.of());
    }

    /** Every issue, in key order. */
    public List<HostIssue> all() {
        return entries.stream().map(this::issue).toList();
    }

    /** The issue with this key (exact, as Jira's keys are upper case), if any. */
    public Optional<HostIssue> byKey(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().map(this::issue);
    }

    private HostIssue issue(Entry entry) {
        return new HostIssue(entry.id(), entry.key(), entry.summary(), RAPPORT, person(entry.assignee()), person(entry.reporter()));
    }

    private ApplicationUser person(String username) {
        return username == null ? null : users.byUsername(username).filter(HostUser::active)
                .map(HostUserManager::applicationUser).orElse(null);
    }

    private record Entry(Long id, String key, String summary, String assignee, String reporter) {
    }

    /** Jira's project, as the issue view passes it to web panels. */
    public record DemoProject(Long id, String key, String name) implements Project {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Long getId() {
            return id;
        }
    }

    /** Jira's issue, as the issue view passes it to web panels. */
    public record HostIssue(Long id, String key, String summary, DemoProject project, ApplicationUser assignee,
                            ApplicationUser reporter) implements Issue {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public ApplicationUser getAssignee() {
            return assignee;
        }

        @Override
        public String getSummary() {
            return summary;
        }

        @Override
        public ApplicationUser getReporter() {
            return reporter;
        }
    }
}
