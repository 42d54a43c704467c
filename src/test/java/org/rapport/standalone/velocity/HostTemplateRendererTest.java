package org.rapport.standalone.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders real templates with a real Velocity engine, read from a temporary directory through a class loader. */
class HostTemplateRendererTest {

    private static final String TEMPLATE = "templates/test.vm";
    private static final String DANGEROUS = "<script>alert('x')&\"";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;";
    private static final String VIEW = View.class.getName();

    @TempDir
    Path templateRoot;

    private URLClassLoader templateLoader;

    @BeforeEach
    void createTemplateLoader() throws IOException {
        // No parent: templates are found only in templateRoot, as with a plugin's own class loader.
        templateLoader = new URLClassLoader(new URL[] {templateRoot.toUri().toURL()}, null);
    }

    @AfterEach
    void closeTemplateLoader() throws IOException {
        templateLoader.close();
    }

    // ---- escaping ---------------------------------------------------------------------------------------

    @Test
    void render_escapesAllFiveHtmlCharacters() throws IOException {
        assertThat(renderTemplate("[$value]", Map.of("value", DANGEROUS))).isEqualTo("[" + ESCAPED + "]");
    }

    @Test
    void render_escapesMapProperties() throws IOException {
        assertThat(renderTemplate("$map.name", Map.of("map", Map.of("name", DANGEROUS)))).isEqualTo(ESCAPED);
    }

    @Test
    void render_escapesAllowlistedPluginGetters() throws IOException {
        String output = renderTemplate("$view.name", Map.of("view", new View(DANGEROUS)), VIEW + "#getName()");

        assertThat(output).isEqualTo(ESCAPED);
    }

    @Test
    void render_escapesI18nText() throws IOException {
        assertThat(renderTemplate("$i18n.getText('markup')", Map.of())).isEqualTo("&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void render_leavesReferencesNamedHtmlUnescaped() throws IOException {
        Map<String, Object> context = Map.of("bodyHtml", "<p>1</p>", "fooHTML", "<p>2</p>", "barHtml", "<p>3</p>");

        assertThat(renderTemplate("$bodyHtml $!fooHTML ${barHtml}", context)).isEqualTo("<p>1</p> <p>2</p> <p>3</p>");
    }

    @Test
    void render_leavesMethodsAndPropertiesEndingInHtmlUnescaped() throws IOException {
        Map<String, Object> context = Map.of("view", new View("n"), "map", Map.of("someHtml", "<i>map</i>"));

        String output = renderTemplate("$view.getBodyHtml() $view.bodyHtml $map.someHtml", context, VIEW + "#getBodyHtml()");

        assertThat(output).isEqualTo("<p>body</p> <p>body</p> <i>map</i>");
    }

    @Test
    void render_leavesRenderMethodsUnescaped() throws IOException {
        String output = renderTemplate("$view.renderBody() $view.getRenderedTitle() $view.renderedTitle",
                Map.of("view", new View("n")), VIEW + "#renderBody()", VIEW + "#getRenderedTitle()");

        assertThat(output).isEqualTo("<p>rendered</p> <h1>title</h1> <h1>title</h1>");
    }

    @Test
    void render_escapesWhenOnlyTheRootOrAnArgumentLooksLikeHtml() throws IOException {
        Map<String, Object> context = Map.of(
                "bodyHtml", " <b> ",
                "map", Map.of("someHtml", "<b>", "a.renderX()", "<i>"),
                "listHtml", List.of("<u>"));

        String output = renderTemplate(
                "$bodyHtml.trim() $map.get('someHtml') $map.get(\"a.renderX()\") $listHtml[0] ${bodyHtml|'none'}", context);

        assertThat(output).isEqualTo("&lt;b&gt; &lt;b&gt; &lt;i&gt; &lt;u&gt;  &lt;b&gt; ");
    }

    @Test
    void render_escapesReferencesInsideStringLiteralsWhenTheyAreInterpolated() throws IOException {
        // Escaping happens when "$value" is interpolated, so writing $label escapes it a second time;
        // naming the variable *Html is how a template avoids that.
        String output = renderTemplate("#set($label = \"<i>$value</i>\")#set($labelHtml = $label)$label $labelHtml",
                Map.of("value", "&"));

        assertThat(output).isEqualTo("&lt;i&gt;&amp;amp;&lt;/i&gt; <i>&amp;</i>");
    }

    @Test
    void render_doesNotEscapeDefineBlocksTwice() throws IOException {
        assertThat(renderTemplate("#define($block)<b>$value</b>#end$block", Map.of("value", "<&>")))
                .isEqualTo("<b>&lt;&amp;&gt;</b>");
    }

    // ---- strict references ----------------------------------------------------------------------------------

    @Test
    void render_failsOnUndefinedReference() {
        assertThatThrownBy(() -> renderTemplate("Hello $missing", Map.of()))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(TEMPLATE)
                .hasMessageContaining("$missing has not been set");
    }

    @Test
    void render_failsOnUndefinedQuietReferenceBecauseStrictModeIgnoresTheBang() {
        assertThatThrownBy(() -> renderTemplate("[$!missing]", Map.of()))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("$missing has not been set");
    }

    @Test
    void render_rendersDefinedNullAsEmptyOnlyWhenQuiet() throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("nothing", null);

        assertThat(renderTemplate("[$!nothing][$!{nothing}]", context)).isEqualTo("[][]");
        assertThatThrownBy(() -> renderTemplate("[$nothing]", context))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("$nothing evaluated to null");
    }

    @Test
    void render_rendersDefaultValueForUndefinedReference() throws IOException {
        assertThat(renderTemplate("[${missing|'none'}][$!{missing|''}]", Map.of())).isEqualTo("[none][]");
    }

    @Test
    void render_treatsUndefinedAndNullAsFalseInIf() throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("nothing", null);

        assertThat(renderTemplate("#if($nothing)yes#{else}no#end #if($missing)yes#{else}no#end #if(!$missing)yes#end", context))
                .isEqualTo("no no yes");
    }

    @Test
    void render_failsOnPropertyOfUndefinedReferenceEvenInIf() {
        assertThatThrownBy(() -> renderTemplate("#if($missing.name)yes#end", Map.of()))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("$missing has not been set");
    }

    @Test
    void render_failsOnUnknownMethodOrProperty() {
        assertThatThrownBy(() -> renderTemplate("$text.noSuchMethod()", Map.of("text", "t")))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("does not contain method noSuchMethod()");
        assertThatThrownBy(() -> renderTemplate("$text.noSuchProperty", Map.of("text", "t")))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("does not contain property 'noSuchProperty'");
    }

    @Test
    void render_failsOnVelocity1ForeachCounter() {
        assertThatThrownBy(() -> renderTemplate("#foreach($i in $items)$velocityCount#end", Map.of("items", List.of(1))))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("$velocityCount has not been set");
    }

    // ---- Velocity 1.6 compatibility -------------------------------------------------------------------------

    @Test
    void render_treatsOnlyNullAndFalseAsFalseInIf() throws IOException {
        Map<String, Object> context = Map.of("emptyText", "", "emptyList", List.of(), "zero", 0, "no", false);

        String output = renderTemplate(
                "#if($emptyText)1#end#if($emptyList)2#end#if($zero)3#end#if($no)4#end", context);

        assertThat(output).isEqualTo("123");
    }

    @Test
    void render_gobblesOnlyTheNewlineAfterADirectiveLikeVelocity1() throws IOException {
        // Velocity 2's default ("lines") would also drop the indentation of the directive-only lines,
        // giving "<ul>\n  <li>x</li>\n  <li>y</li>\n</ul>\n". Velocity 1 also dropped the blanks between
        // a reference or directive and a following #set.
        String template = "<ul>\n  #foreach($i in $items)\n  <li>$i</li>\n  #end\n</ul>\n#set($a = 1)\n$a #set($b = 2)done";

        assertThat(renderTemplate(template, Map.of("items", List.of("x", "y"))))
                .isEqualTo("<ul>\n    <li>x</li>\n    <li>y</li>\n  </ul>\n1done");
    }

    // ---- method allowlist -----------------------------------------------------------------------------------

    @Test
    void render_allowsAllowlistedPluginMethods() throws IOException {
        String output = renderTemplate("$view.name: $view.format('%s x %d', 3)", Map.of("view", new View("Ann")),
                VIEW + "#getName()", VIEW + "#format(java.lang.String, int)");

        assertThat(output).isEqualTo("Ann: Ann x 3");
    }

    @Test
    void render_rejectsPluginGetterMissingFromAllowlistNamingTheEntry() {
        assertThatThrownBy(() -> renderTemplate("$view.secret", Map.of("view", new View("Ann")), VIEW + "#getName()"))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(TEMPLATE)
                .hasMessageContaining(VIEW + "#getSecret()")
                .hasMessageContaining("<velocity-allowlist>");
    }

    @Test
    void render_rejectsPluginMethodWithOtherParameterTypes() {
        assertThatThrownBy(() -> renderTemplate("$view.format('%s', 'x')", Map.of("view", new View("Ann")),
                VIEW + "#format(java.lang.String,int)"))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(VIEW + "#format(java.lang.String,java.lang.String)");
    }

    @Test
    void render_matchesAllowlistEntriesAgainstSuperclassesAndInterfaces() throws IOException {
        Map<String, Object> context = Map.of("person", new Person("Bo"), "view", new SpecialView("Cy"));

        String output = renderTemplate("$person.name $view.name", context,
                Named.class.getName() + "#getName()", VIEW + "#getName()");

        assertThat(output).isEqualTo("Bo Cy");
    }

    @Test
    void render_rejectsPropertySetterMissingFromAllowlist() throws IOException {
        assertThatThrownBy(() -> renderTemplate("#set($view.name = 'x')", Map.of("view", new View("Ann"))))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(VIEW + "#setName(java.lang.String)");
        Map<String, Object> map = new HashMap<>();
        assertThat(renderTemplate("#set($map.key = 'v')$map.key", Map.of("map", map))).isEqualTo("v");
    }

    @Test
    void render_rejectsGetClassOnString() {
        assertThatThrownBy(() -> renderTemplate("$text.getClass()", Map.of("text", "t")))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("java.lang.String#getClass()");
        assertThatThrownBy(() -> renderTemplate("$text.class.name", Map.of("text", "t")))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("java.lang.String#getClass()");
    }

    @Test
    void render_rejectsReflectionChainAtItsFirstStep() {
        assertThatThrownBy(() -> renderTemplate("$text.getClass().forName('java.lang.Runtime')", Map.of("text", "t")))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("java.lang.String#getClass()");
    }

    @Test
    void render_keepsVelocityBlocklistEvenWhenReflectionIsAllowlisted() {
        assertThatThrownBy(() -> renderTemplate("$text.getClass().getClassLoader()", Map.of("text", "t"),
                "java.lang.Object#getClass()", "java.lang.Class#getClassLoader()"))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("getClassLoader()");
    }

    @Test
    void render_allowsJdkValueTypeMethods() throws IOException {
        Map<String, Object> context = Map.of(
                "text", "Hello", "list", List.of("a", "b"), "map", Map.of("k", "v"),
                "number", 42, "flag", true, "colour", Colour.RED, "array", new String[] {"x", "y"});

        String output = renderTemplate("$text.length() $text.toUpperCase() $list.size() $list.get(1) $map.get('k') "
                + "$map.keySet().size() $map.isEmpty() $number.doubleValue() $flag.booleanValue() $colour.name() "
                + "$colour $array.size()", context);

        assertThat(output).isEqualTo("5 HELLO 2 b v 1 false 42.0 true RED RED 2");
    }

    @Test
    void render_rejectsEnumMethodsOtherThanNameAndToString() {
        assertThatThrownBy(() -> renderTemplate("$colour.ordinal()", Map.of("colour", Colour.RED)))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(Colour.class.getName() + "#ordinal()");
        assertThatThrownBy(() -> renderTemplate("$colour.label", Map.of("colour", Colour.RED)))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(Colour.class.getName() + "#getLabel()");
    }

    @Test
    void render_rejectsImplementationOnlyMethodsOfJdkCollections() {
        assertThatThrownBy(() -> renderTemplate("$list.trimToSize()", Map.of("list", new ArrayList<>(List.of(1)))))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("java.util.ArrayList#trimToSize()");
    }

    @Test
    void render_iteratesListOfMaps() throws IOException {
        List<Map<String, Object>> rows = List.of(Map.of("name", "Ann", "kudos", 3), Map.of("name", "<Bo>", "kudos", 5));

        String output = renderTemplate(
                "#foreach($row in $rows)$foreach.count:$row.name=$row.get('kudos')#if($foreach.hasNext),#end#end",
                Map.of("rows", rows));

        assertThat(output).isEqualTo("1:Ann=3,2:&lt;Bo&gt;=5");
    }

    @Test
    void render_iteratesMapValuesEntriesAndArrays() throws IOException {
        Map<String, Object> context = Map.of(
                "map", new TreeMap<>(Map.of("a", 1, "b", 2)), "array", new String[] {"x", "y"});

        String output = renderTemplate(
                "#foreach($v in $map)$v#end #foreach($e in $map.entrySet())$e.key=$e.value;#end #foreach($x in $array)$x#end",
                context);

        assertThat(output).isEqualTo("12 a=1;b=2; xy");
    }

    @Test
    void render_iteratesOtherIterablesOnlyWhenIteratorIsAllowlisted() throws IOException {
        String bag = Bag.class.getName();

        assertThatThrownBy(() -> renderTemplate("#foreach($i in $bag)$i#end", Map.of("bag", new Bag())))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(bag + "#iterator()");
        assertThat(renderTemplate("#foreach($i in $bag)$i#end", Map.of("bag", new Bag()), bag + "#iterator()"))
                .isEqualTo("pq");
    }

    @Test
    void constructor_rejectsMalformedAllowlistEntries() {
        assertThatThrownBy(() -> renderer("org.rapport.x.View.getName"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.rapport.x.View.getName");
    }

    // ---- i18n ------------------------------------------------------------------------------------------------

    @Test
    void render_resolvesI18nTextWithoutArguments() throws IOException {
        assertThat(renderTemplate("$i18n.getText('greeting')", Map.of())).isEqualTo("Hello");
    }

    @Test
    void render_resolvesI18nTextWithVarargArguments() throws IOException {
        String output = renderTemplate("$i18n.getText('kudos', $name) / $i18n.getText('kudos.count', $name, 3)",
                Map.of("name", "<Ann>"));

        assertThat(output).isEqualTo("Kudos to &lt;Ann&gt; / &lt;Ann&gt; has 3 kudos");
    }

    @Test
    void render_withoutContext_exposesI18n() throws IOException {
        template(TEMPLATE, "$i18n.getText('greeting')!");
        StringWriter writer = new StringWriter();

        renderer().render(TEMPLATE, writer);

        assertThat(writer).hasToString("Hello!");
    }

    // ---- context, templates, fragments -------------------------------------------------------------------------

    @Test
    void render_givesTemplatesACopyOfTheCallerMapPlusI18nOnly() throws IOException {
        Map<String, Object> context = new HashMap<>(Map.of("name", "Ann"));

        String output = renderTemplate("#set($name = 'Bo')$name #if($req || $ctx || $context || $baseurl)leak#{else}clean#end",
                context);

        assertThat(output).isEqualTo("Bo clean");
        assertThat(context).containsExactly(Map.entry("name", "Ann"));
    }

    @Test
    void render_readsTemplatesAsUtf8() throws IOException {
        assertThat(renderTemplate("Grüße ✓ $name", Map.of("name", "Zoë"))).isEqualTo("Grüße ✓ Zoë");
    }

    @Test
    void render_parsesOtherTemplatesFromThePluginLoaderWithOrWithoutLeadingSlash() throws IOException {
        template("templates/include.vm", "<$value>");

        String output = renderTemplate("#parse('templates/include.vm')#parse('/templates/include.vm')", Map.of("value", "&"));

        assertThat(output).isEqualTo("<&amp;><&amp;>");
    }

    @Test
    void render_failsClearlyForMissingTemplate() {
        assertThatThrownBy(() -> renderer().render("templates/absent.vm", Map.of(), new StringWriter()))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("templates/absent.vm")
                .hasMessageContaining("not found");
    }

    @Test
    void render_failsClearlyForSyntaxError() {
        template(TEMPLATE, "line one\n#foreach($x in $list)\nno end");

        assertThatThrownBy(() -> renderer().render(TEMPLATE, Map.of("list", List.of()), new StringWriter()))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(TEMPLATE)
                .hasMessageContaining("line 3");
    }

    @Test
    void render_wrapsExceptionsThrownByCalledMethods() {
        assertThatThrownBy(() -> renderTemplate("$view.explode()", Map.of("view", new View("x")), VIEW + "#explode()"))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("explode")
                .hasRootCauseMessage("boom");
    }

    @Test
    void render_propagatesWriterFailureAsIOException() {
        template(TEMPLATE, "text");
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("client went away");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> renderer().render(TEMPLATE, Map.of(), failing))
                .isInstanceOf(IOException.class)
                .hasMessage("client went away");
    }

    @Test
    void render_cachesParsedTemplates() throws IOException {
        HostTemplateRenderer renderer = renderer();
        template(TEMPLATE, "first");
        assertThat(render(renderer, TEMPLATE, Map.of())).isEqualTo("first");

        template(TEMPLATE, "second");

        assertThat(render(renderer, TEMPLATE, Map.of())).isEqualTo("first");
    }

    @Test
    void render_isSafeToShareBetweenThreads() throws Exception {
        HostTemplateRenderer renderer = renderer();
        template(TEMPLATE, "#foreach($i in [1..3])$n#end");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int n = 0; n < 200; n++) {
                int value = n;
                results.add(pool.submit(() -> render(renderer, TEMPLATE, Map.of("n", value))));
            }
            for (int n = 0; n < results.size(); n++) {
                assertThat(results.get(n).get()).isEqualTo(String.valueOf(n).repeat(3));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void renderFragment_rendersWithContextEscapingAndI18n() {
        String output = renderer().renderFragment("$i18n.getText('greeting'), $name #if($bodyHtml)$bodyHtml#end",
                Map.of("name", "<Ann>", "bodyHtml", "<hr>"));

        assertThat(output).isEqualTo("Hello, &lt;Ann&gt; <hr>");
    }

    @Test
    void renderFragment_wrapsVelocityErrors() {
        assertThatThrownBy(() -> renderer().renderFragment("Hi $missing", Map.of()))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("fragment")
                .hasMessageContaining("$missing");
        assertThatThrownBy(() -> renderer().renderFragment("#if(", Map.of()))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("fragment");
    }

    @Test
    void resolve_isTrueOnlyForTemplatesOnThePluginLoader() {
        template(TEMPLATE, "x");
        HostTemplateRenderer renderer = renderer();

        assertThat(renderer.resolve(TEMPLATE)).isTrue();
        assertThat(renderer.resolve("templates/absent.vm")).isFalse();
        assertThat(renderer.resolve("org/apache/velocity/runtime/defaults/velocity.properties")).isFalse();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private HostTemplateRenderer renderer(String... allowedMethods) {
        return new HostTemplateRenderer(templateLoader, Set.of(allowedMethods), new TestI18n());
    }

    private String renderTemplate(String body, Map<String, Object> context, String... allowedMethods) throws IOException {
        template(TEMPLATE, body);
        return render(renderer(allowedMethods), TEMPLATE, context);
    }

    private static String render(HostTemplateRenderer renderer, String name, Map<String, Object> context) throws IOException {
        StringWriter writer = new StringWriter();
        renderer.render(name, context, writer);
        return writer.toString();
    }

    private void template(String name, String body) {
        try {
            Path file = templateRoot.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plugin-style view object; none of its methods is callable from a template unless allowlisted. */
    public static class View {
        private final String name;

        public View(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public void setName(String ignored) {
            throw new UnsupportedOperationException();
        }

        public String getSecret() {
            return "secret";
        }

        public String getBodyHtml() {
            return "<p>body</p>";
        }

        public String renderBody() {
            return "<p>rendered</p>";
        }

        public String getRenderedTitle() {
            return "<h1>title</h1>";
        }

        public String format(String pattern, int count) {
            return String.format(pattern, name, count);
        }

        public String format(String pattern, String suffix) {
            return String.format(pattern, name) + suffix;
        }

        public String explode() {
            throw new IllegalStateException("boom");
        }
    }

    public static final class SpecialView extends View {
        public SpecialView(String name) {
            super(name);
        }
    }

    public interface Named {
        String getName();
    }

    public static final class Person implements Named {
        private final String name;

        public Person(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    public enum Colour {
        RED;

        public String getLabel() {
            return "Red";
        }
    }

    /** An Iterable that is not a JDK collection. */
    public static final class Bag implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("p", "q").iterator();
        }
    }

    private static final class TestI18n implements I18nResolver {
        private static final Map<String, String> MESSAGES = Map.of(
                "greeting", "Hello",
                "markup", "<b>bold</b>",
                "kudos", "Kudos to {0}",
                "kudos.count", "{0} has {1} kudos");

        @Override
        public String getText(String key) {
            return MESSAGES.getOrDefault(key, key);
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return MessageFormat.format(getText(key), (Object[]) arguments);
        }

        @Override
        public String getText(Locale locale, String key, Serializable... arguments) {
            return getText(key, arguments);
        }

        @Override
        public Map<String, String> getAllTranslationsForPrefix(String prefix) {
            return Map.of();
        }
    }
}
