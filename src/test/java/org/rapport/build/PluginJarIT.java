package org.rapport.build;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin jar exactly as Jira and Confluence receive it ({@code target/rapport-jira10-VERSION.jar} or {@code target/rapport-jira11-VERSION.jar},
 * named by the system property {@code rapport.plugin.jar}, which failsafe sets). Each test is one
 * rule the products, Spring Scanner, Active Objects or the Marketplace's Data Center review
 * enforce at install time or later; a failure names the offending entry and what to change.
 *
 * <p>Classes are read from the jar itself (never from target/classes); host types (the
 * {@code com.atlassian} stand-ins, javax.inject, net.java.ao) come from the test class path, as
 * the products' OSGi exports would provide them.
 */
class PluginJarIT {
    static final String PLUGIN_KEY = "org.rapport.rapport";
    static final String AO_NAMESPACE = "org.rapport";
    static final Platform PLATFORM = Platform.current();
    static final String JAX_RS_RANGE = PLATFORM.jaxRsRange();
    /** The first Jackson with StreamConstraintsException, which JsonInputMapper catches (build-facts, issue 17). */
    static final String JACKSON_RANGE = "[2.15,3)";
    static final String SCANNER_NAMESPACE = "http://www.atlassian.com/schema/atlassian-scanner/2";
    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final String COMPONENT_INDEX = "META-INF/plugin-components/component";
    static final String IMPORT_INDEX = "META-INF/plugin-components/imports";

    /**
     * Packages Jira 10 / Confluence 9 export to plugins (docs: platform-facts.md, "Packages the
     * products export"), with the packages Platform 8 renames in this run's namespace (javax or
     * jakarta). {@code a.b} means that package only, {@code a.b.*} its sub-packages.
     * {@code com.atlassian.plugin.web.api.model} is WebPanel's Jira 10 package (platform-facts.md,
     * "Signatures").
     */
    static final List<String> PRODUCT_EXPORTS = List.of(
            "com.atlassian.activeobjects.external",
            "com.atlassian.sal.api", "com.atlassian.sal.api.*",
            "com.atlassian.templaterenderer",
            "com.atlassian.plugin",
            "com.atlassian.plugin.web",
            "com.atlassian.plugin.web.api.model",
            "com.atlassian.plugin.servlet",
            "com.atlassian.plugins.rest.api", "com.atlassian.plugins.rest.api.*",
            "com.atlassian.annotations", "com.atlassian.annotations.security",
            "com.atlassian.jira.*",
            // atlassian-scheduler's API (SchedulerService, JobRunner, JobConfig), exported by Jira and Confluence.
            "com.atlassian.scheduler", "com.atlassian.scheduler.config",
            "com.atlassian.webresource.api", "com.atlassian.webresource.api.*",
            "com.atlassian.plugin.spring.scanner.annotation.*",
            "net.java.ao", "net.java.ao.schema",
            PLATFORM.name("inject"),
            PLATFORM.name("annotation"),
            PLATFORM.name("servlet"), PLATFORM.name("servlet.http"),
            PLATFORM.name("ws.rs"), PLATFORM.name("ws.rs.*"),
            "org.slf4j",
            "org.apache.commons.lang3",
            "com.google.common.base", "com.google.common.collect",
            "org.springframework.*",
            "org.apache.velocity", "org.apache.velocity.*",
            "com.fasterxml.jackson.*");

    private static PluginJar jar;
    private static Document descriptor;

    @BeforeAll
    static void openJar() {
        jar = PluginJar.open();
    }

    @AfterAll
    static void closeJar() throws IOException {
        descriptor = null;
        if (jar != null) {
            jar.close();
        }
    }

    @Nested
    class Manifest {
        private final Attributes main = jar.manifest().getMainAttributes();

        @Test
        void namesThePluginKeyAndUsesItAsBundleSymbolicName() {
            assertThat(main.getValue("Atlassian-Plugin-Key"))
                    .as("Manifest header Atlassian-Plugin-Key marks a transformerless plugin and must be the"
                            + " plugin key (maven-bundle-plugin <Atlassian-Plugin-Key>)")
                    .isEqualTo(PLUGIN_KEY);
            List<OsgiHeader.Clause> symbolicName = OsgiHeader.parse(main.getValue("Bundle-SymbolicName"));
            assertThat(symbolicName).as("Manifest header Bundle-SymbolicName must be exactly one name").hasSize(1);
            assertThat(symbolicName.get(0).name())
                    .as("Manifest header Bundle-SymbolicName must equal Atlassian-Plugin-Key, or the products"
                            + " treat the bundle and the plugin as two things")
                    .isEqualTo(PLUGIN_KEY);
        }

        @Test
        void carriesAnOsgiBundleVersion() {
            assertThat(main.getValue("Bundle-Version"))
                    .as("Manifest header Bundle-Version must be an OSGi version (major.minor.micro.qualifier)")
                    .isNotNull()
                    .matches("\\d+(\\.\\d+(\\.\\d+(\\.[A-Za-z0-9_-]+)?)?)?");
        }

        @Test
        void asksSpringToLoadItsContextFiles() {
            assertThat(main.getValue("Spring-Context"))
                    .as("Manifest header Spring-Context must be '*' so the products load"
                            + " META-INF/spring/plugin-context.xml (Spring Scanner's index)")
                    .isEqualTo("*");
        }

        @Test
        void importsPackagesExplicitly() {
            assertThat(OsgiHeader.parse(main.getValue("Import-Package")))
                    .as("Manifest header Import-Package must list the packages the plugin needs from the products")
                    .isNotEmpty();
        }

        @Test
        void importsJirasIssuePackage_forTheIssuePanel_insteadOfCarryingIt() {
            assertThat(imports()).extracting(OsgiHeader.Clause::name)
                    .as("The issue panel reads com.atlassian.jira.issue.Issue from the issue view's context: the"
                            + " bundle must import Jira's package (and never embed the stand-in)")
                    .contains("com.atlassian.jira.issue");
        }

        @Test
        void importsNothingDynamically() {
            assertThat(main.getValue("DynamicImport-Package"))
                    .as("Manifest header DynamicImport-Package hides missing imports until run time; remove it"
                            + " and import packages explicitly")
                    .isNull();
        }

        @Test
        void exportsNoPackages() {
            assertThat(OsgiHeader.parse(main.getValue("Export-Package")))
                    .as("Manifest header Export-Package must be empty: the plugin offers no API, and exporting"
                            + " a package (above all a com.atlassian stand-in) would shadow the host's own."
                            + " Keep <Export-Package/> empty in the maven-bundle-plugin instructions. Exported")
                    .isEmpty();
        }

        @Test
        void embedsNoJarsOnTheBundleClassPath() {
            List<String> embedded = OsgiHeader.parse(main.getValue("Bundle-ClassPath")).stream()
                    .map(OsgiHeader.Clause::name)
                    .filter(entry -> !entry.equals("."))
                    .toList();
            assertThat(embedded)
                    .as("Manifest header Bundle-ClassPath must be absent or '.': the products provide every library"
                            + " the plugin uses. Embedded class path entries")
                    .isEmpty();
        }

        @Test
        void importsOnlyPackagesTheProductsExport() {
            List<String> unknown = imports().stream()
                    .map(OsgiHeader.Clause::name)
                    .filter(name -> !exportedByProducts(name))
                    .toList();
            assertThat(unknown)
                    .as("Import-Package names packages Jira 10 / Confluence 9 do not export, so the plugin would not"
                            + " resolve. Stop using them in src/main/java (or, if the products really export them,"
                            + " add them to PluginJarIT.PRODUCT_EXPORTS with the evidence). Unknown imports")
                    .isEmpty();
        }

        @Test
        void importsJaxRsFromItsPlatformsMajorVersion() {
            List<String> wrong = imports().stream()
                    .filter(c -> isJaxRs(c.name()))
                    .filter(c -> !JAX_RS_RANGE.equals(c.attributes().get("version")))
                    .map(OsgiHeader.Clause::toString)
                    .toList();
            assertThat(wrong)
                    .as("JAX-RS imports must carry version=\"" + JAX_RS_RANGE + "\" so the plugin binds to REST v2"
                            + " of " + PLATFORM + ", not to another JAX-RS the products carry. Wrong imports")
                    .isEmpty();
            assertThat(imports()).as("the plugin imports JAX-RS").anyMatch(c -> isJaxRs(c.name()));
        }

        @Test
        void importsTheServletApiOfItsPlatform() {
            List<OsgiHeader.Clause> servlet = imports().stream()
                    .filter(c -> c.name().equals(PLATFORM.name("servlet")) || c.name().startsWith(PLATFORM.name("servlet.")))
                    .toList();
            assertThat(servlet).as("the plugin imports " + PLATFORM.name("servlet.http")).isNotEmpty();
            assertThat(servlet)
                    .as(PLATFORM.servletRange() == null
                            ? "Platform 7 does not publish its servlet package version: import it without one"
                            : "Platform 8 runs Servlet 6.0: import jakarta.servlet with version=\"" + PLATFORM.servletRange() + "\"")
                    .allMatch(c -> java.util.Objects.equals(PLATFORM.servletRange(), c.attributes().get("version")));
            String otherNamespace = PLATFORM.other().namespace() + ".";
            assertThat(imports()).as("no import of the other platform's namespace (" + otherNamespace + "*)")
                    .noneMatch(c -> c.name().startsWith(otherNamespace + "servlet")
                            || c.name().startsWith(otherNamespace + "ws.rs")
                            || c.name().startsWith(otherNamespace + "inject"));
        }

        @Test
        void importsJacksonAsRequiredFromTheFirstVersionItRunsWith() {
            List<OsgiHeader.Clause> jackson = imports().stream()
                    .filter(c -> c.name().startsWith("com.fasterxml.jackson."))
                    .toList();
            assertThat(jackson).as("Jackson imports (the REST layer cannot run without Jackson)").isNotEmpty();
            assertThat(jackson)
                    .as("Jackson imports must be mandatory (the code cannot run without it) and carry version=\""
                            + JACKSON_RANGE + "\": 2.15 is the first Jackson with StreamConstraintsException, which"
                            + " JsonInputMapper catches. Jackson imports")
                    .allMatch(c -> !"optional".equals(c.directives().get("resolution"))
                            && JACKSON_RANGE.equals(c.attributes().get("version")));
        }

        @Test
        void importsSpringScannerAnnotationsOptionally() {
            List<OsgiHeader.Clause> scanner = imports().stream()
                    .filter(c -> c.name().startsWith("com.atlassian.plugin.spring.scanner.annotation"))
                    .toList();
            assertThat(scanner).as("Spring Scanner annotation imports").isNotEmpty();
            assertThat(scanner)
                    .as("Spring Scanner's annotations are read at build time; import them optionally as the"
                            + " products' own plugins do (platform-facts.md)")
                    .allMatch(c -> "optional".equals(c.directives().get("resolution")));
        }

        @Test
        void importsEveryOtherPackageWithoutAVersion() {
            List<String> versioned = imports().stream()
                    .filter(c -> !isJaxRs(c.name()))
                    .filter(c -> !c.name().startsWith("com.fasterxml.jackson."))
                    .filter(c -> PLATFORM.servletRange() == null || !c.name().startsWith(PLATFORM.name("servlet")))
                    .filter(c -> c.attributes().containsKey("version") || c.attributes().containsKey("specification-version"))
                    .map(OsgiHeader.Clause::toString)
                    .toList();
            assertThat(versioned)
                    .as("The products do not publish their package versions: only JAX-RS, Jackson and (Platform 8)"
                            + " servlet imports may carry a version (use ';version=!' in <Import-Package>). Versioned imports")
                    .isEmpty();
        }

        private List<OsgiHeader.Clause> imports() {
            return OsgiHeader.parse(main.getValue("Import-Package"));
        }
    }

    @Nested
    class Contents {
        @Test
        void holdsNoHostStandIns() {
            assertThat(entriesStartingWith("com/atlassian/"))
                    .as("com/atlassian/ classes are compile-time stand-ins (src/host-api): the products' own copies"
                            + " must be used, or Spring Scanner and REST security break. Keep them out of the bundle's"
                            + " Private-Package. Stand-ins in the jar")
                    .isEmpty();
        }

        @Test
        void holdsNoStandaloneHostClasses() {
            assertThat(entriesStartingWith("org/rapport/standalone/"))
                    .as("The standalone host (src/standalone) is not part of the plugin; keep"
                            + " '!org.rapport.standalone.*' in Private-Package. Host classes in the jar")
                    .isEmpty();
        }

        @Test
        void embedsNoJars() {
            assertThat(jar.entries().stream().filter(e -> e.toLowerCase(Locale.ROOT).endsWith(".jar")).toList())
                    .as("The plugin must not embed libraries; the products provide what it imports. Embedded jars")
                    .isEmpty();
        }

        @Test
        void bundlesNoLibraryTheProductsProvide() {
            List<String> foreign = jar.classEntries().stream()
                    .filter(e -> !e.startsWith("org/rapport/"))
                    .filter(e -> !e.startsWith("com/atlassian/")) // reported by holdsNoHostStandIns
                    .toList();
            assertThat(foreign)
                    .as("Only Rapport's classes belong in the plugin; libraries (net/java/ao, org/slf4j, javax,"
                            + " org/apache/velocity, com/fasterxml, ...) come from the products through Import-Package."
                            + " Check <Private-Package> and <Embed-Dependency>. Library classes in the jar")
                    .isEmpty();
        }

        @Test
        void holdsNoStandaloneHostResources() {
            List<String> hostResources = jar.entries().stream()
                    .filter(e -> e.startsWith("host-templates/") || e.startsWith("standalone-web/")
                            || e.equals("simplelogger.properties"))
                    .toList();
            assertThat(hostResources)
                    .as("host-templates/, standalone-web/ and simplelogger.properties belong to the standalone host"
                            + " (src/standalone/resources); keep them out of <Include-Resource>. Host resources")
                    .isEmpty();
        }

        @Test
        void shipsEveryPluginClassAndResource() throws IOException {
            Path basedir = Path.of(System.getProperty("basedir", jar.path().getParent().getParent().toString()));
            Path classes = Files.isDirectory(jar.path().getParent().resolve("classes"))
                    ? jar.path().getParent().resolve("classes")
                    : basedir.resolve("target/classes");
            assertThat(classes).as("target/classes (next to the plugin jar, or under basedir)").isDirectory();
            Set<String> expected = new TreeSet<>();
            expected.addAll(relativeFiles(classes.resolve("org/rapport"), "org/rapport/").stream()
                    .filter(e -> e.endsWith(".class") && !e.startsWith("org/rapport/standalone/"))
                    .toList());
            expected.addAll(relativeFiles(basedir.resolve("src/main/resources"), ""));
            expected.addAll(relativeFiles(basedir.resolve("i18n"), "i18n/"));
            expected.add(DESCRIPTOR);
            expected.add(COMPONENT_INDEX);
            expected.add(IMPORT_INDEX);
            expected.removeIf(jar::contains);
            assertThat(expected)
                    .as("Compiled plugin classes, src/main/resources, i18n/ and the generated index files must all be"
                            + " in the plugin jar; extend <Private-Package> or <Include-Resource>. Missing from the jar")
                    .isEmpty();
        }

        private List<String> relativeFiles(Path root, String prefix) throws IOException {
            if (!Files.isDirectory(root)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile)
                        .map(p -> prefix + root.relativize(p).toString().replace('\\', '/'))
                        .toList();
            }
        }
    }

    @Nested
    class Descriptor {
        @Test
        void sitsAtTheJarRootWithThePluginKey() {
            assertThat(jar.contains(DESCRIPTOR)).as("atlassian-plugin.xml at the root of the plugin jar").isTrue();
            Element root = descriptor().getDocumentElement();
            assertThat(root.getTagName()).as("root element of atlassian-plugin.xml").isEqualTo("atlassian-plugin");
            assertThat(root.getAttribute("key"))
                    .as("atlassian-plugin key= must be the plugin key (the pom's ${plugin.key}), the same as the"
                            + " manifest's Atlassian-Plugin-Key")
                    .isEqualTo(PLUGIN_KEY);
        }

        @Test
        void declaresDataCenterCompatibilityAndAConfigureUrl() {
            Map<String, String> params = pluginInfoParams();
            assertThat(params.get("atlassian-data-center-status"))
                    .as("<plugin-info><param name=\"atlassian-data-center-status\"> (the Marketplace lists Data Center"
                            + " apps by it)")
                    .isEqualTo("compatible");
            assertThat(params.get("atlassian-data-center-compatible"))
                    .as("<plugin-info><param name=\"atlassian-data-center-compatible\"> (older products read this one)")
                    .isEqualTo("true");
            assertThat(params.get("configure.url"))
                    .as("<plugin-info><param name=\"configure.url\"> (the Configure button in Manage apps)")
                    .isNotBlank()
                    .startsWith("/");
        }

        @Test
        void opensADeclaredServletFromTheConfigureUrl() {
            String configure = pluginInfoParams().getOrDefault("configure.url", "");
            List<String> servletUrls = elements("servlet").stream()
                    .flatMap(s -> children(s, "url-pattern").stream())
                    .map(p -> "/plugins/servlet" + p.getTextContent().strip())
                    .toList();
            assertThat(servletUrls)
                    .as("configure.url " + configure + " must open one of the plugin's servlets (url-pattern under"
                            + " /plugins/servlet); servlet URLs")
                    .contains(configure);
        }

        @Test
        void keepsTheActiveObjectsNamespace() {
            List<Element> ao = elements("ao");
            assertThat(ao).as("exactly one <ao> module").hasSize(1);
            assertThat(ao.get(0).getAttribute("namespace"))
                    .as("<ao namespace> fixes the table prefix " + EntitySchema.tablePrefix(AO_NAMESPACE)
                            + " forever; changing it orphans every installed table")
                    .isEqualTo(AO_NAMESPACE);
        }

        @Test
        void namesOnlyClassesThatShipInTheJar() {
            List<ClassReference> references = classReferences();
            assertThat(references).as("the descriptor names module classes").isNotEmpty();
            List<String> missing = references.stream()
                    .filter(r -> !r.ships())
                    .map(ClassReference::toString)
                    .toList();
            assertThat(missing)
                    .as("atlassian-plugin.xml names classes that are not in the plugin jar, so their modules fail to"
                            + " load. Fix the class name or the bundle's Private-Package. Missing classes")
                    .isEmpty();
        }

        @Test
        void namesModuleClassesOfTheTypeTheirModuleNeeds() {
            Map<String, String> required = Map.of(
                    "servlet", PLATFORM.name("servlet.http.HttpServlet"),
                    "servlet-filter", PLATFORM.name("servlet.Filter"),
                    "context-provider", "com.atlassian.plugin.web.ContextProvider",
                    "condition", "com.atlassian.plugin.web.Condition",
                    "entity", "net.java.ao.RawEntity",
                    "upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask");
            List<String> wrong = new ArrayList<>();
            for (ClassReference reference : classReferences()) {
                String type = required.get(reference.element());
                if (type != null && reference.ships() && !hostType(type).isAssignableFrom(jar.load(reference.className()))) {
                    wrong.add(reference + " is not a " + type);
                }
            }
            assertThat(wrong).as("Module classes of the wrong type fail when the module is enabled").isEmpty();
        }

        @Test
        void pointsEveryResourceAtAFileInTheJar() {
            List<String> missing = new ArrayList<>();
            for (Element resource : elements("resource")) {
                String location = resource.getAttribute("location");
                String entry = "i18n".equals(resource.getAttribute("type"))
                        ? location.replace('.', '/') + ".properties"
                        : location;
                boolean present = entry.endsWith("/") ? jar.containsUnder(entry) : jar.contains(entry);
                if (!present) {
                    missing.add("<resource type=\"" + resource.getAttribute("type") + "\" location=\"" + location
                            + "\"> -> " + entry);
                }
            }
            pluginInfoParams().forEach((name, value) -> {
                if (Set.of("plugin-icon", "plugin-logo", "plugin-banner", "vendor-icon", "vendor-logo").contains(name)
                        && !jar.contains(value)) {
                    missing.add("<param name=\"" + name + "\"> -> " + value);
                }
            });
            assertThat(elements("resource")).as("the descriptor declares resources").isNotEmpty();
            assertThat(missing)
                    .as("Resources the descriptor names but the jar lacks (an i18n location is a bundle base name:"
                            + " i18n.rapport -> i18n/rapport.properties). Add them to <Include-Resource> or fix the"
                            + " location. Missing")
                    .isEmpty();
        }

        @Test
        void exposesRestPackagesThatHoldClasses() {
            List<String> packages = restPackages();
            assertThat(packages).as("<rest> declares its <package>s").isNotEmpty();
            List<String> empty = packages.stream()
                    .filter(p -> jar.classNames().stream().noneMatch(c -> packageOf(c).equals(p)))
                    .toList();
            assertThat(empty)
                    .as("<rest><package> names packages without classes in the jar; remove them or fix the name. Empty")
                    .isEmpty();
        }

        @Test
        void servesEveryJaxRsClassFromADeclaredRestPackage() {
            List<String> packages = restPackages();
            List<String> outside = jar.classes().stream()
                    .filter(c -> c.isAnnotationPresent(PLATFORM.annotation("ws.rs.Path"))
                            || c.isAnnotationPresent(PLATFORM.annotation("ws.rs.ext.Provider")))
                    .map(Class::getName)
                    .filter(c -> packages.stream().noneMatch(p -> packageOf(c).equals(p) || packageOf(c).startsWith(p + ".")))
                    .toList();
            assertThat(outside)
                    .as("JAX-RS resources and providers outside every <rest><package> are never served; add their"
                            + " package to <rest> or move them. Outside " + packages)
                    .isEmpty();
        }

        @Test
        void dependsOnlyOnWebResourcesItDeclares() {
            Set<String> declared = elements("web-resource").stream()
                    .map(w -> w.getAttribute("key"))
                    .collect(Collectors.toSet());
            List<String> unknown = elements("dependency").stream()
                    .map(d -> d.getTextContent().strip())
                    .filter(d -> d.startsWith(PLUGIN_KEY + ":"))
                    .filter(d -> !declared.contains(d.substring(PLUGIN_KEY.length() + 1)))
                    .toList();
            assertThat(unknown)
                    .as("<dependency> on this plugin's own web resources must name a declared <web-resource key>"
                            + " (declared: " + declared + "). Unknown")
                    .isEmpty();
        }

        @Test
        void translatesScriptsThroughTheJsI18nTransformer() {
            List<String> untransformed = new ArrayList<>();
            for (Element webResource : elements("web-resource")) {
                boolean transformed = children(webResource, "transformation").stream()
                        .filter(t -> "js".equals(t.getAttribute("extension")))
                        .flatMap(t -> children(t, "transformer").stream())
                        .anyMatch(t -> "jsI18n".equals(t.getAttribute("key")));
                for (Element resource : children(webResource, "resource")) {
                    String location = resource.getAttribute("location");
                    if (location.endsWith(".js") && jar.contains(location)
                            && jar.text(location).contains("I18n.getText(") && !transformed) {
                        untransformed.add(webResource.getAttribute("key") + ": " + location);
                    }
                }
            }
            assertThat(untransformed)
                    .as("Scripts that call AJS.I18n.getText need <transformation extension=\"js\"><transformer"
                            + " key=\"jsI18n\"/></transformation> in their <web-resource>, or they show raw keys. Scripts")
                    .isEmpty();
        }

        @Test
        void declaresNoComponentModules() {
            List<String> modules = Stream.of("component", "component-import", "module-type")
                    .flatMap(name -> elements(name).stream())
                    .map(e -> "<" + e.getTagName() + " key=\"" + e.getAttribute("key") + "\">")
                    .toList();
            assertThat(modules)
                    .as("A transformerless plugin (Atlassian-Plugin-Key) wires components through Spring Scanner's"
                            + " index, not <component>/<component-import> modules; annotate the class (@Named,"
                            + " @ComponentImport) instead. Modules")
                    .isEmpty();
        }

        @Test
        void rendersOnlyTemplatesThatShip() {
            List<String> missing = new ArrayList<>();
            stringsByClass().forEach((className, strings) -> strings.stream()
                    .filter(s -> s.endsWith(".vm") && !s.contains(" "))
                    .filter(s -> !jar.contains(s))
                    .forEach(s -> missing.add(className + " renders " + s)));
            assertThat(missing)
                    .as("Velocity templates named in code must be in the jar (src/main/resources/templates). Missing")
                    .isEmpty();
        }

        private List<String> restPackages() {
            return elements("rest").stream()
                    .flatMap(r -> children(r, "package").stream())
                    .map(p -> p.getTextContent().strip())
                    .toList();
        }
    }

    @Nested
    class ActiveObjectsTables {
        private final String prefix = EntitySchema.tablePrefix(AO_NAMESPACE);

        @Test
        void declaresEveryEntityOfTheJar() {
            Set<String> declared = new TreeSet<>(entityNames());
            List<String> undeclared = entitiesInTheJar().stream()
                    .map(Class::getName)
                    .filter(c -> !declared.contains(c))
                    .toList();
            assertThat(undeclared)
                    .as("Entity interfaces in the jar must be listed as <entity> in <ao>, or their tables are never"
                            + " created. Undeclared entities")
                    .isEmpty();
        }

        @Test
        void keepsEveryTableNameWithin30Characters() {
            List<String> tooLong = schemas().stream()
                    .filter(s -> (prefix + s.table()).length() > EntitySchema.MAX_NAME_LENGTH)
                    .map(s -> s.entity().getName() + " -> " + prefix + s.table() + " ("
                            + (prefix + s.table()).length() + " characters)")
                    .toList();
            assertThat(tooLong)
                    .as("AO table names (the 10-character prefix included) must fit in 30 characters; shorten the"
                            + " table with @Table(\"SHORT_NAME\") before the first release. Too long")
                    .isEmpty();
        }

        @Test
        void keepsEveryColumnNameWithin30Characters() {
            List<String> tooLong = new ArrayList<>();
            for (EntitySchema schema : schemas()) {
                schema.columns().forEach((column, method) -> {
                    if (column.length() > EntitySchema.MAX_NAME_LENGTH) {
                        tooLong.add(method + " -> " + column + " (" + column.length() + " characters)");
                    }
                });
            }
            assertThat(tooLong)
                    .as("AO column names must fit in 30 characters; rename the getter/setter or use"
                            + " @Accessor/@Mutator with a shorter name. Too long")
                    .isEmpty();
        }

        @Test
        void namesNoTableOrColumnAfterAnSqlKeyword() {
            Set<String> keywords = SqlKeywords.ofDatabasesTheProductsSupport();
            List<String> clashes = new ArrayList<>();
            for (EntitySchema schema : schemas()) {
                if (keywords.contains(schema.table())) {
                    clashes.add(schema.entity().getName() + " -> table " + schema.table());
                }
                schema.columns().forEach((column, method) -> {
                    if (keywords.contains(column)) {
                        clashes.add(method + " -> column " + column);
                    }
                });
            }
            assertThat(clashes)
                    .as("Tables and columns named after SQL keywords (KEY, VALUE, USER, ORDER, DATE, ...) break"
                            + " hand-written criteria and findWithSQL on some of the products' databases; rename the"
                            + " property (getSortOrder, not getOrder). Keyword names")
                    .isEmpty();
        }

        @Test
        void namesOnlyRealColumnsInColumnConstants() {
            List<String> unknown = new ArrayList<>();
            for (EntitySchema schema : schemas()) {
                Set<String> names = new TreeSet<>(schema.columns().keySet());
                names.add(schema.table());
                for (Field field : schema.entity().getDeclaredFields()) {
                    if (field.getType() != String.class || !Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    String value = constant(field);
                    if (!value.matches("[A-Z][A-Z0-9_]*(\\s*,\\s*[A-Z][A-Z0-9_]*)*")) {
                        continue;
                    }
                    for (String name : value.split("\\s*,\\s*")) {
                        if (!names.contains(name)) {
                            unknown.add(schema.entity().getSimpleName() + "." + field.getName() + " names " + name);
                        }
                    }
                }
            }
            assertThat(unknown)
                    .as("Column-name constants of an entity must name its table or real columns (queries use them"
                            + " verbatim). Unknown names")
                    .isEmpty();
        }

        /** Every entity interface in the jar, declared or not. */
        private List<EntitySchema> schemas() {
            List<EntitySchema> schemas = entitiesInTheJar().stream().map(EntitySchema::of).toList();
            assertThat(schemas).as("entity interfaces (net.java.ao.RawEntity) in the plugin jar").isNotEmpty();
            return schemas;
        }

        private List<Class<?>> entitiesInTheJar() {
            return jar.classes().stream()
                    .filter(c -> c.isInterface() && RawEntity.class.isAssignableFrom(c))
                    .toList();
        }

        private List<String> entityNames() {
            return elements("entity").stream().map(e -> e.getTextContent().strip()).toList();
        }

        private String constant(Field field) {
            try {
                return (String) field.get(null);
            } catch (IllegalAccessException e) {
                throw new AssertionError("Cannot read " + field, e);
            }
        }
    }

    @Nested
    class SpringScannerIndex {
        @Test
        void pluginContextScansTheIndexes() {
            String context = "META-INF/spring/plugin-context.xml";
            assertThat(jar.contains(context)).as(context + " in the jar (Spring-Context: * loads it)").isTrue();
            NodeList scan = xml(context).getElementsByTagNameNS(SCANNER_NAMESPACE, "scan-indexes");
            assertThat(scan.getLength())
                    .as(context + " must hold <atlassian-scanner:scan-indexes/> in namespace " + SCANNER_NAMESPACE
                            + ", or no component is created")
                    .isEqualTo(1);
        }

        @Test
        void listsExactlyTheNamedComponents() {
            Set<String> expected = new TreeSet<>();
            for (Class<?> type : jar.classes()) {
                if (type.isAnnotationPresent(PLATFORM.annotation("inject.Named")) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    String bean = Platform.value(type.getAnnotation(PLATFORM.annotation("inject.Named")));
                    expected.add(bean.isEmpty() ? type.getName() : type.getName() + "#" + bean);
                }
            }
            assertIndexEquals(COMPONENT_INDEX, expected, "concrete classes annotated @" + PLATFORM.name("inject.Named"));
        }

        @Test
        void listsExactlyTheComponentImports() {
            Set<String> expected = new TreeSet<>();
            for (Class<?> type : jar.classes()) {
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    for (Parameter parameter : constructor.getParameters()) {
                        ComponentImport imported = parameter.getAnnotation(ComponentImport.class);
                        if (imported != null) {
                            String name = parameter.getType().getName();
                            expected.add(imported.value().isEmpty() ? name : name + "#" + imported.value());
                        }
                    }
                }
            }
            assertIndexEquals(IMPORT_INDEX, expected, "types of @ComponentImport constructor parameters");
        }

        @Test
        void indexesOnlyTypesThatExist() {
            List<String> missing = new ArrayList<>();
            for (String line : indexLines(COMPONENT_INDEX)) {
                String type = line.split("#", 2)[0];
                if (!jar.contains(PluginJar.classEntry(type))) {
                    missing.add(COMPONENT_INDEX + ": " + type + " is not in the jar");
                }
            }
            Set<String> imported = OsgiHeader.parse(jar.manifest().getMainAttributes().getValue("Import-Package"))
                    .stream().map(OsgiHeader.Clause::name).collect(Collectors.toSet());
            for (String line : indexLines(IMPORT_INDEX)) {
                String type = line.split("#", 2)[0];
                if (hostTypeIfPresent(type).isEmpty()) {
                    missing.add(IMPORT_INDEX + ": " + type + " is no known host type");
                } else if (!imported.contains(packageOf(type))) {
                    missing.add(IMPORT_INDEX + ": " + type + "'s package is not in Import-Package");
                }
            }
            assertThat(missing)
                    .as("Spring Scanner index entries that cannot be satisfied make the plugin fail to enable")
                    .isEmpty();
        }

        @Test
        void injectsOnlyComponentsAndImportedServices() {
            List<Class<?>> components = indexLines(COMPONENT_INDEX).stream()
                    .map(line -> line.split("#", 2)[0])
                    .filter(type -> jar.contains(PluginJar.classEntry(type)))
                    .<Class<?>>map(jar::load)
                    .toList();
            Set<String> wired = new TreeSet<>();
            components.forEach(c -> wired.add(c.getName()));
            classReferences().stream()
                    .filter(r -> !r.element().equals("entity") && !r.element().equals("upgradeTask"))
                    .forEach(r -> wired.add(r.className()));
            jar.classes().stream()
                    .filter(c -> c.isAnnotationPresent(PLATFORM.annotation("ws.rs.Path"))
                            || c.isAnnotationPresent(PLATFORM.annotation("ws.rs.ext.Provider")))
                    .forEach(c -> wired.add(c.getName()));

            List<String> unsatisfied = new ArrayList<>();
            for (String name : wired) {
                if (!jar.contains(PluginJar.classEntry(name))) {
                    continue; // reported by namesOnlyClassesThatShipInTheJar / indexesOnlyTypesThatExist
                }
                Class<?> type = jar.load(name);
                injectionConstructor(type).ifPresentOrElse(constructor -> {
                    for (Parameter parameter : constructor.getParameters()) {
                        boolean imported = parameter.isAnnotationPresent(ComponentImport.class);
                        boolean component = components.stream().anyMatch(c -> parameter.getType().isAssignableFrom(c));
                        if (!imported && !component) {
                            unsatisfied.add(name + "(" + parameter.getType().getName() + " " + parameter.getName() + ")");
                        }
                    }
                }, () -> unsatisfied.add(name + ": no @Inject constructor and not exactly one public constructor"));
            }
            assertThat(unsatisfied)
                    .as("Every constructor parameter of a component, module class or REST class must be another"
                            + " @Named component or carry @ComponentImport, or Spring cannot create it. Unsatisfied")
                    .isEmpty();
        }

        private Optional<Constructor<?>> injectionConstructor(Class<?> type) {
            List<Constructor<?>> injected = Arrays.stream(type.getDeclaredConstructors())
                    .filter(c -> c.isAnnotationPresent(PLATFORM.annotation("inject.Inject")))
                    .toList();
            if (injected.size() == 1) {
                return Optional.of(injected.get(0));
            }
            List<Constructor<?>> publicOnes = Arrays.stream(type.getConstructors()).toList();
            return injected.isEmpty() && publicOnes.size() == 1 ? Optional.of(publicOnes.get(0)) : Optional.empty();
        }

        private void assertIndexEquals(String index, Set<String> expected, String what) {
            assertThat(jar.contains(index)).as(index + " in the jar (written by ComponentIndexWriter at process-classes)").isTrue();
            List<String> lines = indexLines(index);
            Set<String> listed = new TreeSet<>(lines);
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(listed);
            Set<String> extra = new TreeSet<>(listed);
            extra.removeAll(expected);
            assertThat(lines).as(index + " lists an entry twice").doesNotHaveDuplicates();
            assertThat(missing)
                    .as(index + " must list all " + what + " in the jar; the build's index writer missed")
                    .isEmpty();
            assertThat(extra)
                    .as(index + " must list only " + what + " in the jar; it also lists")
                    .isEmpty();
        }
    }

    @Nested
    class Translations {
        private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*([\"'])([^\"']*)\\1");
        private static final Pattern TEMPLATE_CALL = Pattern.compile("\\$!?\\{?i18n\\.getText\\(");
        private static final Pattern SCRIPT_KEY = Pattern.compile("\\bI18n\\.getText\\(\\s*([\"'])([^\"']*)\\1");
        private static final Pattern SCRIPT_CALL = Pattern.compile("\\bI18n\\.getText\\(");
        private static final Pattern JAVA_KEY = Pattern.compile("rapport\\.[a-z0-9]+(\\.[a-z0-9]+)*");
        private static final Pattern JAVA_KEY_PREFIX = Pattern.compile("rapport\\.([a-z0-9]+\\.)+");
        private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

        /**
         * Keys the code builds as {@code prefix + value}, with the values it can take, read from the
         * enums in the jar the same way the code builds them ({@code CategoryAdminView}).
         */
        private final Map<String, Supplier<List<String>>> dynamicKeys = Map.of(
                "rapport.category.icon.", () -> enumValues("org.rapport.recognition.category.CategoryIcon", "id"),
                "rapport.category.colour.", () -> enumValues("org.rapport.recognition.category.CategoryColour", "id"),
                "rapport.category.kind.", () -> enumValues("org.rapport.recognition.category.CategoryKind", null));

        @Test
        void shipsADefaultAndAGermanBundleWithTheSameKeys() {
            Map<String, Set<String>> bundles = bundles();
            assertThat(bundles).as("i18n/rapport.properties (the default named by <resource type=\"i18n\">)")
                    .containsKey(defaultBundle());
            assertThat(bundles).as("German is a supported language: i18n/rapport_de.properties")
                    .containsKey(bundleBase() + "_de.properties");
            Set<String> defaults = bundles.get(defaultBundle());
            List<String> differences = new ArrayList<>();
            bundles.forEach((file, keys) -> {
                keys.stream().filter(k -> !defaults.contains(k)).forEach(k -> differences.add(file + " has extra key " + k));
                defaults.stream().filter(k -> !keys.contains(k)).forEach(k -> differences.add(file + " lacks " + k));
            });
            assertThat(differences)
                    .as("Every locale must translate exactly the default bundle's keys (a missing key shows English"
                            + " or the raw key; an extra key is a typo or a leftover). Differences")
                    .isEmpty();
        }

        @Test
        void asksForLiteralKeysInTemplatesAndScripts() {
            List<String> computed = new ArrayList<>();
            entriesEndingWith(".vm").forEach(t -> computed.addAll(callsWithoutLiteralKey(t, TEMPLATE_CALL, TEMPLATE_KEY)));
            entriesEndingWith(".js").forEach(s -> computed.addAll(callsWithoutLiteralKey(s, SCRIPT_CALL, SCRIPT_KEY)));
            assertThat(computed)
                    .as("Write every $i18n.getText(...) and AJS.I18n.getText(...) with a literal key in quotes: the"
                            + " jsI18n transformer replaces only literal keys, and only literal keys can be checked"
                            + " against the bundles. Calls with computed keys")
                    .isEmpty();
        }

        @Test
        void translatesEveryTemplateKeyInEveryLocale() {
            Map<String, String> used = new TreeMap<>();
            for (String template : entriesEndingWith(".vm")) {
                TEMPLATE_KEY.matcher(jar.text(template)).results().forEach(m -> used.putIfAbsent(m.group(2), template));
            }
            assertThat(used).as("keys found in the jar's templates").isNotEmpty();
            assertTranslatedEverywhere(used, "templates");
        }

        @Test
        void translatesEveryScriptKeyInEveryLocale() {
            Map<String, String> used = new TreeMap<>();
            for (String script : entriesEndingWith(".js")) {
                SCRIPT_KEY.matcher(jar.text(script)).results().forEach(m -> used.putIfAbsent(m.group(2), script));
            }
            assertTranslatedEverywhere(used, "scripts");
        }

        @Test
        void translatesEveryDescriptorKeyInEveryLocale() {
            Map<String, String> used = new TreeMap<>();
            for (String element : List.of("label", "description", "tooltip")) {
                for (Element e : elements(element)) {
                    if (e.hasAttribute("key")) {
                        used.putIfAbsent(e.getAttribute("key"), DESCRIPTOR + " <" + element + ">");
                    }
                }
            }
            assertThat(used).as("keys found in atlassian-plugin.xml").isNotEmpty();
            assertTranslatedEverywhere(used, "atlassian-plugin.xml");
        }

        /**
         * Keys in the shipped classes, read from their constant pools (every string literal, also
         * {@code static final} constants); {@code "prefix." + value} concatenations are expanded with the
         * values {@link #dynamicKeys} lists. Strings that look like keys: {@code rapport.word(.word)*}.
         */
        @Test
        void translatesEveryKeyInTheCodeInEveryLocale() {
            Map<String, String> used = new TreeMap<>();
            List<String> unknownPatterns = new ArrayList<>();
            stringsByClass().forEach((className, strings) -> {
                for (String s : strings) {
                    int argument = s.indexOf(ClassFileStrings.CONCAT_ARGUMENT);
                    String literal = argument >= 0 ? s.substring(0, argument) : s;
                    boolean dynamic = argument >= 0 || literal.endsWith(".");
                    if (!dynamic && JAVA_KEY.matcher(literal).matches()) {
                        used.putIfAbsent(literal, className);
                    } else if (dynamic && JAVA_KEY_PREFIX.matcher(literal).matches()) {
                        String rest = argument >= 0 ? s.substring(argument + 1) : "";
                        Supplier<List<String>> values = dynamicKeys.get(literal);
                        if (values == null || !rest.isEmpty()) {
                            unknownPatterns.add(className + " builds keys as \"" + literal + "\" + value"
                                    + (rest.isEmpty() ? "" : " + \"" + rest.replace(ClassFileStrings.CONCAT_ARGUMENT, '?') + "\""));
                        } else {
                            values.get().forEach(v -> used.putIfAbsent(literal + v, className + " (\"" + literal + "\" + value)"));
                        }
                    }
                }
            });
            assertThat(unknownPatterns)
                    .as("Keys built at run time can only be checked when PluginJarIT.Translations.dynamicKeys says which"
                            + " values they take; add the pattern there (or use literal keys). Unchecked patterns")
                    .isEmpty();
            assertThat(used).as("keys found in the jar's classes").isNotEmpty();
            assertTranslatedEverywhere(used, "Java classes");
        }

        @Test
        void parsesEveryMessageWithArgumentsAsMessageFormat() {
            List<String> broken = new ArrayList<>();
            messages().forEach((file, messages) -> messages.forEach((key, message) -> {
                if (message.contains("{")) {
                    try {
                        new MessageFormat(message, Locale.ROOT);
                    } catch (IllegalArgumentException e) {
                        broken.add(file + " " + key + "=" + message + " (" + e.getMessage() + ")");
                    }
                }
            }));
            assertThat(broken)
                    .as("Messages with {n} arguments go through java.text.MessageFormat; these do not parse")
                    .isEmpty();
        }

        @Test
        void usesTheDefaultMessagesArgumentsInEveryLocale() {
            Map<String, String> defaults = messages().get(defaultBundle());
            List<String> different = new ArrayList<>();
            messages().forEach((file, messages) -> messages.forEach((key, message) -> {
                String original = defaults.get(key);
                if (original != null && !arguments(original).equals(arguments(message))) {
                    different.add(file + " " + key + " uses " + arguments(message) + ", the default "
                            + arguments(original));
                }
            }));
            assertThat(different)
                    .as("A translation must use the same {n} arguments as the default message, or it drops or"
                            + " invents values. Different arguments")
                    .isEmpty();
        }

        @Test
        void writesEveryApostropheAsTwoQuotes() {
            List<String> lone = new ArrayList<>();
            messages().forEach((file, messages) -> messages.forEach((key, message) -> {
                if (message.replace("''", "").contains("'")) {
                    lone.add(file + " " + key + "=" + message);
                }
            }));
            assertThat(lone)
                    .as("Messages go through MessageFormat, where a lone ' starts a quoted section and disappears"
                            + " (and hides any {0} after it); write '' for an apostrophe. Lone quotes")
                    .isEmpty();
        }

        private void assertTranslatedEverywhere(Map<String, String> used, String source) {
            List<String> untranslated = new ArrayList<>();
            bundles().forEach((file, keys) -> used.forEach((key, where) -> {
                if (!keys.contains(key)) {
                    untranslated.add(key + " (used in " + where + ") is missing from " + file);
                }
            }));
            assertThat(untranslated)
                    .as("Every i18n key the " + source + " use must be in every i18n/rapport*.properties. Missing")
                    .isEmpty();
        }

        private Set<String> arguments(String message) {
            return ARGUMENT.matcher(message).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
        }

        private String bundleBase() {
            List<String> locations = elements("resource").stream()
                    .filter(r -> "i18n".equals(r.getAttribute("type")))
                    .map(r -> r.getAttribute("location").replace('.', '/'))
                    .toList();
            assertThat(locations).as("exactly one <resource type=\"i18n\"> in atlassian-plugin.xml").hasSize(1);
            return locations.get(0);
        }

        private String defaultBundle() {
            return bundleBase() + ".properties";
        }

        private Map<String, Set<String>> bundles() {
            Map<String, Set<String>> keys = new TreeMap<>();
            messages().forEach((file, messages) -> keys.put(file, messages.keySet()));
            return keys;
        }

        /** Every locale file of the bundle: file -> key -> message, read as the products read them. */
        private Map<String, Map<String, String>> messages() {
            String base = bundleBase();
            Map<String, Map<String, String>> files = new TreeMap<>();
            for (String entry : jar.entries()) {
                if (entry.matches(Pattern.quote(base) + "(_[A-Za-z0-9]+)*\\.properties")) {
                    try {
                        PropertyResourceBundle bundle = new PropertyResourceBundle(new ByteArrayInputStream(jar.bytes(entry)));
                        Map<String, String> messages = new TreeMap<>();
                        Collections.list(bundle.getKeys()).forEach(k -> messages.put(k, bundle.getString(k)));
                        files.put(entry, messages);
                    } catch (IOException e) {
                        throw new UncheckedIOException(entry, e);
                    }
                }
            }
            return files;
        }

        private List<String> enumValues(String enumClass, String idMethod) {
            Class<?> type = jar.load(enumClass);
            assertThat(type.isEnum()).as(enumClass + " is an enum").isTrue();
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                try {
                    values.add(idMethod == null
                            ? ((Enum<?>) constant).name().toLowerCase(Locale.ROOT)
                            : (String) type.getMethod(idMethod).invoke(constant));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("Cannot read " + enumClass + "." + idMethod + "()", e);
                }
            }
            return values;
        }

        private List<String> entriesEndingWith(String suffix) {
            return jar.entries().stream().filter(e -> e.endsWith(suffix)).toList();
        }

        /** {@code file:line: text} of each call whose first argument is not a quoted literal. */
        private List<String> callsWithoutLiteralKey(String file, Pattern call, Pattern literalCall) {
            String text = jar.text(file);
            List<String> offenders = new ArrayList<>();
            Matcher calls = call.matcher(text);
            while (calls.find()) {
                Matcher literal = literalCall.matcher(text).region(calls.start(), text.length());
                if (!literal.lookingAt()) {
                    int line = (int) text.substring(0, calls.start()).chars().filter(c -> c == '\n').count() + 1;
                    int end = text.indexOf('\n', calls.start());
                    offenders.add(file + ":" + line + ": " + text.substring(calls.start(), end < 0 ? text.length() : end).strip());
                }
            }
            return offenders;
        }
    }

    // ---- shared readers ----

    private static boolean exportedByProducts(String packageName) {
        return PRODUCT_EXPORTS.stream().anyMatch(allowed -> allowed.endsWith(".*")
                ? packageName.startsWith(allowed.substring(0, allowed.length() - 1))
                : packageName.equals(allowed));
    }

    private static boolean isJaxRs(String packageName) {
        return packageName.equals(PLATFORM.name("ws.rs")) || packageName.startsWith(PLATFORM.name("ws.rs."));
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static List<String> entriesStartingWith(String prefix) {
        return jar.entries().stream().filter(e -> e.startsWith(prefix)).toList();
    }

    /** A host type (stand-in, javax, net.java.ao) from the test class path, as the products would export it. */
    private static Class<?> hostType(String name) {
        return hostTypeIfPresent(name).orElseThrow(() -> new AssertionError(name + " is not on the test class path"));
    }

    private static Optional<Class<?>> hostTypeIfPresent(String name) {
        try {
            return Optional.of(Class.forName(name, false, PluginJarIT.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The string literals of every plugin class in the jar, by class name. */
    private static Map<String, List<String>> stringsByClass() {
        Map<String, List<String>> strings = new TreeMap<>();
        for (String className : jar.classNames()) {
            strings.put(className, ClassFileStrings.of(jar.bytes(PluginJar.classEntry(className))));
        }
        return strings;
    }

    private static List<String> indexLines(String index) {
        if (!jar.contains(index)) {
            return List.of();
        }
        return jar.text(index).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static Document descriptor() {
        if (descriptor == null) {
            descriptor = xml(DESCRIPTOR);
        }
        return descriptor;
    }

    private static List<Element> elements(String tagName) {
        NodeList nodes = descriptor().getElementsByTagName(tagName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<Element> children(Element parent, String tagName) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tagName)) {
                children.add(e);
            }
        }
        return children;
    }

    private static Map<String, String> pluginInfoParams() {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element info : elements("plugin-info")) {
            for (Element param : children(info, "param")) {
                params.put(param.getAttribute("name"), param.getTextContent().strip());
            }
        }
        return params;
    }

    /** A class the descriptor names, and the element that names it. */
    private record ClassReference(String className, String element) {
        boolean ships() {
            return jar.contains(PluginJar.classEntry(className));
        }

        @Override
        public String toString() {
            return "<" + element + "> " + className;
        }
    }

    /** Every class the descriptor names: {@code class} attributes, {@code <entity>}, {@code <upgradeTask>}. */
    private static List<ClassReference> classReferences() {
        List<ClassReference> references = new ArrayList<>();
        NodeList all = descriptor().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("class")) {
                references.add(new ClassReference(e.getAttribute("class").strip(), e.getTagName()));
            }
            if (e.getTagName().equals("entity") || e.getTagName().equals("upgradeTask")) {
                references.add(new ClassReference(e.getTextContent().strip(), e.getTagName()));
            }
        }
        return references;
    }

    private static Document xml(String entry) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(jar.bytes(entry)));
        } catch (Exception e) {
            throw new AssertionError(entry + " in the plugin jar is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
