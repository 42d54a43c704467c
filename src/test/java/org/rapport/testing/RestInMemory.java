package org.rapport.testing;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.rapport.platform.Permissions;
import org.rapport.platform.rest.DomainExceptionMapper;
import org.rapport.platform.rest.ErrorResponses;
import org.rapport.platform.rest.JsonInputMapper;
import org.rapport.standalone.i18n.HostI18nResolver;

import javax.ws.rs.core.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.security.Principal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * REST resources in memory: Jersey's own request pipeline (routing, JSON in and out with Jackson,
 * the plugin's exception mappers and English messages) around resources a test built over a real
 * database, without HTTP or the host. For status codes, field errors and JSON shapes; the full-host
 * ITs keep the end-to-end paths (sign-in, XSRF, access annotations). The caller is chosen per
 * request, and {@link #permissions()} is what the resources' services must use:
 * <pre>{@code
 * RestInMemory rest = new RestInMemory(Set.of("admin"));
 * rest.register(new SettingsResource(new SettingsService(..., rest.permissions()), rest.permissions()));
 * HttpResult result = rest.as("admin").put("settings", "{}");
 * }</pre>
 */
public final class RestInMemory {
    private static final URI BASE = URI.create("http://rapport.test/rest/rapport/1.0/");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jersey wants a security context; who the caller is comes from SAL's UserManager, as in the products. */
    private static final SecurityContext NOBODY = new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    };

    private final ThreadLocal<String> caller = new ThreadLocal<>();
    private final UserManager users;
    private final Permissions permissions;
    private final ResourceConfig config = new ResourceConfig();
    private ApplicationHandler handler;

    /** {@code admins}: the user keys the host reports as administrators. */
    public RestInMemory(Set<String> admins) {
        this(mock(UserManager.class));
        Set<String> adminKeys = new HashSet<>(admins);
        when(users.isAdmin(any(UserKey.class))).thenAnswer(i -> adminKeys.contains(((UserKey) i.getArgument(0)).getStringValue()));
    }

    /**
     * Over a test's own Mockito {@code UserManager} (its users, admins and groups): the caller of
     * each request becomes its remote user.
     */
    public RestInMemory(UserManager users) {
        this.users = users;
        this.permissions = new Permissions(users);
        when(users.getRemoteUserKey()).thenAnswer(i -> caller.get() == null ? null : new UserKey(caller.get()));
        ErrorResponses errors = new ErrorResponses(new HostI18nResolver(RestInMemory.class.getClassLoader(), "i18n/rapport"));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // As the host does: the plugin's mappers answer bad JSON, not Jersey's.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new DomainExceptionMapper(errors));
        config.register(new JsonInputMapper(errors));
    }

    /** The permissions of whoever the current request is from; give them to the services under test. */
    public Permissions permissions() {
        return permissions;
    }

    /** The SAL user manager behind {@link #permissions()}. */
    public UserManager users() {
        return users;
    }

    /** Adds a resource (before the first request). */
    public RestInMemory register(Object resource) {
        if (handler != null) {
            throw new IllegalStateException("Register every resource before the first request");
        }
        config.register(resource);
        return this;
    }

    /** Requests from this user key. */
    public Client as(String userKey) {
        return new Client(userKey);
    }

    /** Requests from nobody signed in. */
    public Client anonymous() {
        return new Client(null);
    }

    /** One caller's requests; bodies that are not strings are written as JSON. */
    public final class Client {
        private final String userKey;

        private Client(String userKey) {
            this.userKey = userKey;
        }

        public HttpResult get(String path) {
            return send("GET", path, null);
        }

        public HttpResult post(String path, Object body) {
            return send("POST", path, body);
        }

        public HttpResult put(String path, Object body) {
            return send("PUT", path, body);
        }

        public HttpResult delete(String path) {
            return send("DELETE", path, null);
        }

        public HttpResult send(String method, String path, Object body) {
            caller.set(userKey);
            try {
                return handle(method, path, body);
            } finally {
                caller.remove();
            }
        }
    }

    private synchronized ApplicationHandler handler() {
        if (handler == null) {
            handler = new ApplicationHandler(config);
        }
        return handler;
    }

    private HttpResult handle(String method, String path, Object body) {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), method, NOBODY, new MapPropertiesDelegate(),
                handler().getConfiguration());
        request.header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(text(body).getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response;
        try {
            response = handler().apply(request, out).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(method + " " + path + " failed in Jersey", e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getStringHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        return new HttpResult(response.getStatus(), HttpHeaders.of(headers, (name, value) -> true),
                out.toString(StandardCharsets.UTF_8));
    }

    private static String text(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
        }
    }
}
