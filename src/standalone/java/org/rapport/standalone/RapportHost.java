package org.rapport.standalone;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import org.rapport.standalone.scheduler.HostScheduler;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.xsrf.XsrfRequestValidator;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.rapport.standalone.ao.AoSchema;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.standalone.auth.AccountServlet;
import org.rapport.standalone.auth.AuthFilter;
import org.rapport.standalone.auth.Authentication;
import org.rapport.standalone.auth.HostXsrf;
import org.rapport.standalone.auth.LoginServlet;
import org.rapport.standalone.auth.LogoutServlet;
import org.rapport.standalone.db.DatabaseSettings;
import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.issues.IssueDirectory;
import org.rapport.standalone.plugin.LoadedPlugin;
import org.rapport.standalone.plugin.PluginDescriptor;
import org.rapport.standalone.plugin.PluginLoader;
import org.rapport.standalone.rest.RestModule;
import org.rapport.standalone.users.DemoData;
import org.rapport.standalone.users.DemoOrgData;
import org.rapport.standalone.users.HostUserManager;
import org.rapport.standalone.users.UserStore;
import org.rapport.standalone.velocity.HostTemplateRenderer;
import org.rapport.standalone.web.AvatarServlet;
import org.rapport.standalone.web.Chrome;
import org.rapport.standalone.web.BodyReadFailures;
import org.rapport.standalone.web.DecoratorFilter;
import org.rapport.standalone.web.ErrorPages;
import org.rapport.standalone.web.HostApplication;
import org.rapport.standalone.web.HostPageBuilderService;
import org.rapport.standalone.web.HostPagesServlet;
import org.rapport.standalone.web.HostServer;
import org.rapport.standalone.web.RequestBodyDrain;
import org.rapport.standalone.web.SecurityHeaders;
import org.rapport.standalone.web.ServletAccessFilter;
import org.rapport.standalone.web.StaticServlet;
import org.rapport.standalone.web.WebResourceServlet;
import org.rapport.standalone.web.WebResources;

import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standalone host's composition root: opens the database, provides the product services,
 * loads the plugin jar as the products do, and serves it with Jetty.
 */
public final class RapportHost implements AutoCloseable {
    private static final String CONTEXT_PATH = "";
    private final Server server;
    private final HostDatabase database;
    private final String baseUrl;
    private final HostScheduler scheduler;
    private final List<LifecycleAware> lifecycle;

    private RapportHost(Server server, HostDatabase database, String baseUrl, HostScheduler scheduler, List<LifecycleAware> lifecycle) {
        this.server = server;
        this.database = database;
        this.baseUrl = baseUrl;
        this.scheduler = scheduler;
        this.lifecycle = lifecycle;
    }

    public static RapportHost start(HostOptions options, PrintStream out) throws Exception {
        Files.createDirectories(options.dataDir());
        int port = options.port() == 0 ? freePort() : options.port();
        String baseUrl = "http://localhost:" + port + CONTEXT_PATH;

        HostProduct.RUNNING.checkPluginJar(options.pluginJar());
        PluginDescriptor descriptor = PluginLoader.descriptor(options.pluginJar());
        DatabaseSettings settings = options.dbUrl() == null
                ? DatabaseSettings.embedded(options.dataDir())
                : DatabaseSettings.external(options.dbUrl(), options.dbUser(), options.dbPassword());
        HostScheduler scheduler = new HostScheduler(out);
        HostDatabase database = HostDatabase.open(settings, descriptor.ao().namespace() == null ? descriptor.key() : descriptor.ao().namespace());
        try {
            UserStore users = new UserStore(database);
            users.createTables();
            boolean demoSeeded = DemoData.seedIfEmpty(users, options.demo(), out);
            refuseOpenDemo(options, users);
            Authentication auth = Authentication.open(database, users, Clock.systemUTC());

            ActiveObjects ao = new HostActiveObjects(database.entityManager());
            HostUserManager userManager = new HostUserManager(users, CONTEXT_PATH);
            HostApplication application = new HostApplication(baseUrl, CONTEXT_PATH);
            HostXsrf xsrf = new HostXsrf();
            Map<Class<?>, Object> services = new HashMap<>();
            services.put(ActiveObjects.class, ao);
            services.put(UserManager.class, userManager);
            services.put(UserSearchService.class, userManager.search());
            services.put(ApplicationProperties.class, application);
            services.put(LoginUriProvider.class, application);
            services.put(XsrfRequestValidator.class, xsrf);
            services.put(XsrfTokenAccessor.class, xsrf);
            services.put(PageBuilderService.class, new HostPageBuilderService());
            services.put(SchedulerService.class, scheduler);

            LoadedPlugin plugin = PluginLoader.load(options.pluginJar(), RapportHost.class.getClassLoader(), services);
            AoSchema.upgradeAndMigrate(plugin, ao, users);

            WebResources webResources = new WebResources(descriptor, plugin.classLoader(), plugin.i18n(), CONTEXT_PATH);
            HostTemplateRenderer hostTemplates = new HostTemplateRenderer(RapportHost.class.getClassLoader(), Set.of(), plugin.i18n());
            Chrome chrome = new Chrome(hostTemplates, descriptor, plugin.i18n(), webResources, xsrf, CONTEXT_PATH, plugin::shows);

            Server server = HostServer.create(options.bindHost(), port);
            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
            context.setContextPath(CONTEXT_PATH.isEmpty() ? "/" : CONTEXT_PATH);
            context.setErrorHandler(new ErrorPages());
            context.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(new FilterHolder(new BodyReadFailures()), "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(new FilterHolder(new RequestBodyDrain()), "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(new FilterHolder(new AuthFilter(users, auth, HostProduct.RUNNING.acceptsBasic(options.demo()))), "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new ServletHolder(new LoginServlet(auth, xsrf, chrome)), "/login.jsp");
            context.addServlet(new ServletHolder(new LogoutServlet(auth.sessions(), xsrf, chrome)), "/logout");
            context.addServlet(new ServletHolder(new AccountServlet(users, auth, xsrf, chrome)), "/secure/account/*");
            IssueDirectory issues = options.demo() ? IssueDirectory.demo(users) : IssueDirectory.empty(users);
            HostPagesServlet pages = new HostPagesServlet(users, chrome, plugin, issues, webResources);
            for (String path : new String[]{"", "/secure/Dashboard.jspa", "/secure/ViewProfile.jspa", "/secure/admin", "/issues", "/browse/*"}) {
                context.addServlet(new ServletHolder(pages), path);
            }
            context.addServlet(new ServletHolder(new StaticServlet("standalone-web/aui")), "/aui/*");
            context.addServlet(new ServletHolder(new StaticServlet("standalone-web/static")), "/static/*");
            context.addServlet(new ServletHolder(new AvatarServlet(users)), "/avatar/*");
            context.addServlet(new ServletHolder(new WebResourceServlet(webResources)), "/download/resources/*");
            for (PluginDescriptor.Rest rest : descriptor.rest()) {
                context.addServlet(new ServletHolder(rest.key(), RestModule.servlet(plugin, rest, options.pluginJar())),
                        rest.mountPath() + "/*");
            }
            for (PluginDescriptor.Servlet module : descriptor.servlets()) {
                Class<?> type = plugin.moduleClass(module.className(), "servlet " + module.key());
                HttpServlet servlet = (HttpServlet) plugin.container().create(type);
                for (String pattern : module.urlPatterns()) {
                    String path = "/plugins/servlet" + pattern;
                    context.addFilter(new FilterHolder(new ServletAccessFilter(type, chrome)), path, EnumSet.of(DispatcherType.REQUEST));
                    context.addFilter(new FilterHolder(new DecoratorFilter(chrome)), path, EnumSet.of(DispatcherType.REQUEST));
                    context.addServlet(new ServletHolder(module.key(), servlet), path);
                }
            }
            server.setHandler(HostServer.compressing(context));
            server.setStopAtShutdown(false);
            server.start();
            if (demoSeeded) {
                DemoOrgData.importInto(baseUrl, out);
            }
            // SAL tells LifecycleAware services the application is up once the plugin is enabled and the
            // host serves requests; only then may a plugin schedule jobs.
            List<LifecycleAware> lifecycle = plugin.exported(LifecycleAware.class);
            lifecycle.forEach(LifecycleAware::onStart);
            return new RapportHost(server, database, baseUrl, scheduler, lifecycle);
        } catch (Exception | Error e) {
            scheduler.close();
            database.close();
            throw e;
        }
    }

    /**
     * A host reachable from other machines must not let anyone in with a demo user's published
     * password: it refuses to start until they are changed, or the operator says {@code --demo-insecure}.
     */
    private static void refuseOpenDemo(HostOptions options, UserStore users) {
        if (!options.reachableFromOtherMachines() || options.demoInsecure()) {
            return;
        }
        List<String> open = DemoData.withDefaultPasswords(users);
        if (!open.isEmpty()) {
            throw new HostRefusedToStart("Refusing to listen on " + options.bindHost() + ": the demo users " + open
                    + " still have their name as password, so anyone who can reach this machine can sign in as them."
                    + " Change their passwords, listen on 127.0.0.1 only (omit --host), or start with --demo-insecure.");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The address the host listens on ({@code 127.0.0.1} unless {@code --host} said otherwise). */
    public String listeningOn() {
        return ((org.eclipse.jetty.server.ServerConnector) server.getConnectors()[0]).getHost();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * The host's database: the host's own tables and the plugin's Active Objects share its
     * connections, so a listener on its provider sees every statement a request costs (tests count them).
     */
    public HostDatabase database() {
        return database;
    }

    /** The host's scheduler (tests run a job at once instead of waiting for its interval). */
    public HostScheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        try {
            lifecycle.forEach(LifecycleAware::onStop);
            scheduler.close();
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Stopping Jetty failed", e);
        } finally {
            database.close();
        }
    }
}
