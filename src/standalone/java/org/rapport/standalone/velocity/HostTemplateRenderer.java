package org.rapport.standalone.velocity;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeConstants.SpaceGobbling;

/**
 * The standalone host's {@link TemplateRenderer}: renders a plugin's Velocity templates the way Jira 10 and
 * Confluence 9 do, so that templates fail here for the same reasons they would fail there.
 *
 * <ul>
 *   <li><b>Escaping.</b> Every {@code $reference} is HTML-escaped ({@code & < > " '}) unless its name says it
 *       is HTML already; see {@link HtmlEscapingReferenceInsertionHandler} for the exact rules.</li>
 *   <li><b>Strict references.</b> An undefined reference, a method that does not exist, a call on
 *       {@code null} and writing a {@code null} with {@code $x} all fail. In Velocity 2 strict mode
 *       {@code $!x} only helps for a variable that is <em>defined</em> with a {@code null} value: an
 *       undefined {@code $!x} still fails. {@code #if($x)} is false for an undefined or {@code null}
 *       {@code $x} without failing, but {@code #if($x.y)} with {@code $x} undefined fails.</li>
 *   <li><b>Velocity 1.6 compatibility.</b> Whitespace is gobbled the 1.x way and {@code #if} is false only
 *       for {@code null} and {@code false} (an empty string, an empty collection and 0 are true).</li>
 *   <li><b>Method allowlist.</b> Templates may call JDK value-type methods, {@code $i18n}'s methods and the
 *       plugin's {@code <velocity-allowlist>} entries, nothing else; see {@link MethodAllowlist}.</li>
 *   <li><b>Context.</b> A template sees the caller's map (copied, so {@code #set} does not write back into
 *       it) plus {@code $i18n}, and nothing else.</li>
 * </ul>
 *
 * <p>Each instance owns one {@link VelocityEngine}, built and initialised in the constructor; the engine is
 * thread-safe and caches parsed templates, so one renderer serves all requests for a plugin. Every Velocity
 * failure (missing template, syntax error, strict-mode violation, refused method, exception thrown by a
 * called method) surfaces as a {@link RenderingException} whose message names the template and the
 * reference.
 */
public final class HostTemplateRenderer implements TemplateRenderer {

    /** Name under which every template sees the i18n resolver. */
    private static final String I18N_CONTEXT_KEY = "i18n";

    private static final String LOADER_NAME = "plugin";
    private static final String FRAGMENT_NAME = "fragment";
    private static final String LOG_NAME = "rapport.velocity";

    private final VelocityEngine engine;
    private final I18nResolver i18n;

    /**
     * @param templateLoader class loader templates are read from (the plugin's); template names are
     *        resource paths like "templates/admin/categories.vm" (no leading slash)
     * @param allowedMethods entries of the plugin's &lt;velocity-allowlist&gt; modules, each
     *        "fully.qualified.Class#methodName(paramTypes)" e.g. "org.rapport.x.View#getName()" or
     *        "org.rapport.x.View#format(java.lang.String,int)"
     * @param i18n the resolver exposed to every template as $i18n
     * @throws IllegalArgumentException if an allowlist entry is malformed
     */
    public HostTemplateRenderer(ClassLoader templateLoader, Set<String> allowedMethods, I18nResolver i18n) {
        Objects.requireNonNull(templateLoader, "templateLoader");
        Objects.requireNonNull(allowedMethods, "allowedMethods");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.engine = createEngine(templateLoader, new MethodAllowlist(allowedMethods));
    }

    private static VelocityEngine createEngine(ClassLoader templateLoader, MethodAllowlist allowlist) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_NAME, LOG_NAME);

        // Passed as an instance so templates come from the plugin's class loader with no global state.
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, LOADER_NAME);
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_INSTANCE), new ClassLoaderResourceLoader(templateLoader));
        // Parse each template once; 0 means "never check for changes" (plugin resources are immutable).
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_CACHE), true);
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL), 0);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());

        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);

        // Velocity 2 defaults differ from the 1.6 the products' templates were written for: "lines" gobbling
        // eats the indentation and newline of every directive-only line, and #if treats "", 0 and empty
        // collections as false. The products switch both back; so must we, or output and logic differ.
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, SpaceGobbling.BC.name().toLowerCase(Locale.ROOT));
        engine.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, false);

        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingReferenceInsertionHandler.class.getName());

        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST_ATTRIBUTE, allowlist);
        // AllowlistUberspector builds on SecureUberspector, whose introspector has no conversion handler, so
        // Velocity 2's implicit argument conversions ("3" to int, ...) never take part in method lookup.
        // Turning the handler off says so explicitly; Velocity 1.6, which the templates target, had none.
        engine.setProperty(RuntimeConstants.CONVERSION_HANDLER_CLASS, "none");

        engine.init();
        return engine;
    }

    private static String loaderProperty(String key) {
        return RuntimeConstants.RESOURCE_LOADER + "." + LOADER_NAME + "." + key;
    }

    @Override
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException {
        Template template;
        try {
            template = engine.getTemplate(templateName);
        } catch (ResourceNotFoundException e) {
            throw new RenderingException("Velocity template '" + templateName + "' not found: " + e.getMessage(), e);
        } catch (VelocityException e) {
            throw new RenderingException("Velocity template '" + templateName + "' could not be parsed: " + e.getMessage(), e);
        }
        try {
            template.merge(createContext(context), writer);
        } catch (VelocityException e) {
            // Velocity wraps a failing writer too; that is the caller's I/O problem, not a template error.
            if (e.getCause() instanceof IOException io && !(e instanceof ResourceNotFoundException)) {
                throw io;
            }
            throw new RenderingException("Velocity template '" + templateName + "' failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter writer = new StringWriter();
        try {
            engine.evaluate(createContext(context), writer, FRAGMENT_NAME, fragment);
        } catch (VelocityException e) {
            throw new RenderingException("Velocity fragment failed: " + e.getMessage(), e);
        }
        return writer.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    /**
     * The caller's values are copied so {@code #set} in a template cannot change the caller's map. A caller
     * that puts its own "i18n" entry in the map gets that one.
     */
    private VelocityContext createContext(Map<String, Object> context) {
        Objects.requireNonNull(context, "context");
        Map<String, Object> values = new HashMap<>();
        values.put(I18N_CONTEXT_KEY, i18n);
        values.putAll(context);
        return new VelocityContext(values);
    }
}
