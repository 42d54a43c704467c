package org.rapport.build;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Who may depend on whom in the plugin (STYLE.md habit 10), checked on the compiled classes in
 * target/classes. "Plugin classes" are {@code org.rapport..} without the standalone host
 * ({@code org.rapport.standalone..}), which ships separately and may use anything.
 */
@AnalyzeClasses(packages = "org.rapport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final DescribedPredicate<JavaClass> PLUGIN_CLASSES =
            resideInAPackage("org.rapport..").and(resideOutsideOfPackage("org.rapport.standalone.."))
                    .as("plugin classes");

    /** Rapport's own Active Objects packages (entities, upgrade tasks). */
    private static final String ENTITY_PACKAGES = "org.rapport..ao..";

    private static final DescribedPredicate<JavaClass> STORES = new DescribedPredicate<>("stores (*Store)") {
        @Override
        public boolean test(JavaClass type) {
            String topLevel = type.getName().split("\\$", 2)[0];
            return topLevel.endsWith("Store");
        }
    };

    /** The access annotations of Platform 7 (platform-facts.md, "Access annotations"). */
    private static final Set<String> ACCESS_ANNOTATIONS = Set.of(
            "AnonymousSiteAccess", "UnrestrictedAccess", "UnlicensedSiteAccess", "LicensedOnly", "AdminOnly",
            "SystemAdminOnly");
    private static final String REST_ACCESS_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";
    private static final String SERVLET_ACCESS_PACKAGE = "com.atlassian.annotations.security";

    @ArchTest
    static final ArchRule pluginNeverDependsOnTheStandaloneHostOrItsLibraries = noClasses()
            .that(PLUGIN_CLASSES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.rapport.standalone..",
                    "org.eclipse.jetty..",
                    "org.glassfish..",
                    "org.jvnet.hk2..",
                    "org.h2..",
                    "org.postgresql..",
                    "org.apache.velocity..",
                    "net.java.ao.builder..",
                    "org.apache.commons.dbcp..",
                    "com.zaxxer.hikari..",
                    "jakarta..")
            .because("the plugin jar runs inside Jira/Confluence, which provide none of the standalone host's"
                    + " libraries (Jetty, Jersey, HK2, H2, the PostgreSQL driver, Velocity 2, AO's builder, the HikariCP pool;"
                    + " jakarta.* is Platform 8): use the host's APIs (TemplateRenderer, ActiveObjects, SAL)");

    @ArchTest
    static final ArchRule restAndWebNeverTouchActiveObjects = noClasses()
            .that(PLUGIN_CLASSES).and().resideInAnyPackage("..rest..", "..web..")
            .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", ENTITY_PACKAGES)
            .because("resources, servlets and panels call services and see records; entities and AO queries"
                    + " stay behind the store (STYLE.md habits 2 and 4)");

    @ArchTest
    static final ArchRule onlyStoresAndUpgradeTasksUseTheActiveObjectsService = noClasses()
            .that(PLUGIN_CLASSES)
            .and(DescribedPredicate.not(STORES))
            .and().resideOutsideOfPackage(ENTITY_PACKAGES)
            .and().doNotHaveFullyQualifiedName("org.rapport.platform.Transactions")
            .should().dependOnClassesThat().resideInAPackage("com.atlassian.activeobjects..")
            .because("exactly one store per aggregate calls ActiveObjects, and Transactions alone opens"
                    + " transactions (STYLE.md habits 2 and 3)");

    @ArchTest
    static final ArchRule entitiesAndAoQueriesStayInStores = noClasses()
            .that(PLUGIN_CLASSES)
            .and(DescribedPredicate.not(STORES))
            .and().resideOutsideOfPackage(ENTITY_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", ENTITY_PACKAGES)
            .because("stores return immutable records, never AO proxies, so no service or view depends on"
                    + " entities or net.java.ao (STYLE.md habit 2)");

    @ArchTest
    static final ArchRule storesSelectThroughColumnQuery = noClasses()
            .that(PLUGIN_CLASSES).and().doNotHaveFullyQualifiedName("org.rapport.platform.ao.ColumnQuery")
            .should().callMethod("net.java.ao.Query", "select", "java.lang.String")
            .orShould().callMethod("net.java.ao.Query", "select")
            .because("AO parses a Query's select list with two regular expressions per column each time it renders"
                    + " the query or reads a row (39 % of a profile page's CPU samples, issue 16); ColumnQuery.select"
                    + " reads plain column names without them");

    @ArchTest
    static final ArchRule domainRecordsDependOnlyOnJavaAndRapport = classes()
            .that(PLUGIN_CLASSES).and().areRecords()
            .and().resideOutsideOfPackages("..rest..", "..web..", "..ao..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rapport..")
            .because("domain values and commands (Category, CategoryDraft, Person, Actor, FieldError) import no"
                    + " framework: no com.atlassian, javax, net.java.ao or Jackson (STYLE.md habit 10)");

    @ArchTest
    static final ArchRule matchingEngineIsPureJava = classes()
            .that().resideInAPackage("org.rapport.mentoring.matching")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rapport.mentoring.matching")
            .because("the matching engine is pure domain code (issue 5): no framework, no store, no other room;"
                    + " the mentoring service reads org data and help evidence and passes them in as values");

    @ArchTest
    static final ArchRule mentoringSubRoomsAreFreeOfCycles = slices()
            .matching("org.rapport.mentoring.(*)..")
            .should().beFreeOfCycles()
            .because("mentoring is split into sub-rooms (settings, profile, pairing, checkin, programme and the"
                    + " matching engine) that depend one way only: programme -> checkin -> pairing -> profile ->"
                    + " settings (issue 11)");

    @ArchTest
    static final ArchRule mentoringSubRoomsNeverUseTheRoomsTopPackage = noClasses()
            .that().resideInAPackage("org.rapport.mentoring.*..")
            .should().dependOnClassesThat().resideInAPackage("org.rapport.mentoring")
            .because("org.rapport.mentoring holds only the room's face to privacy (MentoringErasure), which runs"
                    + " every sub-room's erasure; a sub-room using it would close a cycle the slice rule cannot see");

    @ArchTest
    static final ArchRule onlyThePairingStoreTakesThePairingRowLock = noClasses()
            .that().doNotHaveFullyQualifiedName("org.rapport.mentoring.pairing.MentorshipStore")
            .should().callMethod("org.rapport.mentoring.pairing.ao.MentorshipEntity", "setLockTick", "int")
            .because("every writer of a pairing (lifecycle, check-ins, goals, rhythm, reminders, erasure) takes"
                    + " the row lock through MentorshipStore.lockForChange, so they all wait for one another");

    @ArchTest
    static final ArchRule everyRestMethodHasExactlyOneAccessRule = methods()
            .that().areDeclaredInClassesThat(PLUGIN_CLASSES)
            .and().areDeclaredInClassesThat().areAnnotatedWith("javax.ws.rs.Path")
            .and().arePublic()
            .and().areMetaAnnotatedWith("javax.ws.rs.HttpMethod")
            .should(haveExactlyOneAccessAnnotationFrom(REST_ACCESS_PACKAGE))
            .because("the Marketplace's Data Center review requires an explicit access rule on every endpoint;"
                    + " one rule on the method or on its class (never both, never two) leaves no doubt which"
                    + " applies. Use " + REST_ACCESS_PACKAGE + ".{LicensedOnly, AdminOnly, ...}");

    @ArchTest
    static final ArchRule everyServletAndFilterHasExactlyOneAccessRule = classes()
            .that(PLUGIN_CLASSES)
            .and().areAssignableTo("javax.servlet.http.HttpServlet")
            .or(PLUGIN_CLASSES.and(assignableTo("javax.servlet.Filter")))
            .should(haveExactlyOneAccessAnnotationOnTheClass(SERVLET_ACCESS_PACKAGE))
            .because("servlets and filters need an explicit access rule from " + SERVLET_ACCESS_PACKAGE
                    + " ({LicensedOnly, AdminOnly, ...}), like REST endpoints")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noClassSwitchesOffXsrfProtection = noClasses()
            .that(PLUGIN_CLASSES)
            .should().beAnnotatedWith(xsrfProtectionExcluded())
            .because("every state change must be XSRF-protected (platform-facts.md: never use"
                    + " XsrfProtectionExcluded); send X-Atlassian-Token: no-check from scripts instead");

    @ArchTest
    static final ArchRule noMethodSwitchesOffXsrfProtection = noMethods()
            .that().areDeclaredInClassesThat(PLUGIN_CLASSES)
            .should().beAnnotatedWith(xsrfProtectionExcluded())
            .because("every state change must be XSRF-protected (platform-facts.md: never use"
                    + " XsrfProtectionExcluded); send X-Atlassian-Token: no-check from scripts instead");

    @ArchTest
    static final ArchRule noStateChangeBehindGet = noMethods()
            .that().areDeclaredInClassesThat(PLUGIN_CLASSES)
            .and().areAnnotatedWith("javax.ws.rs.GET")
            .should().haveNameMatching("(create|update|delete|remove|archive|restore|reorder|save).*")
            .because("GET must not change state: browsers, proxies and crawlers repeat GETs, and XSRF checks"
                    + " skip them. Use POST/PUT/DELETE")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .that().areDeclaredInClassesThat(PLUGIN_CLASSES)
            .should().beAnnotatedWith("javax.inject.Inject")
            .orShould().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection keeps collaborators final and classes testable without a"
                    + " container; Spring Scanner wires @Inject constructors")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule namesSayWhatAThingIs = noClasses()
            .that(PLUGIN_CLASSES)
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Helpers")
            .orShould().haveSimpleNameEndingWith("Impl")
            .because("names say what a thing is in the domain, not which pattern it follows (STYLE.md habit 7)");

    @ArchTest
    static final ArchRule noRoomReachesIntoAnotherRoomsStoreOrEntities = classes()
            .that(PLUGIN_CLASSES)
            .and().areNotAssignableTo("com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask")
            .should(useOnlyTheirOwnRoomsStoresAndEntities())
            .because("each room (org.rapport.<room>, and org.rapport.product.<product> for adapters) keeps its"
                    + " tables behind its own store: other rooms call its services, facades (Tallies,"
                    + " StoredSettings, OrgChart) or ports, never its *Store or ao classes (issue 11). Upgrade"
                    + " tasks are the exception: AO runs them at their model version before the container"
                    + " serves, so they migrate and build every store they need themselves");

    @ArchTest
    static final ArchRule privacyOnlyRunsTheRoomsErasurePorts = classes()
            .that().resideInAPackage("org.rapport.privacy..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.rapport..")
                    .or(resideInAnyPackage("org.rapport.privacy..", "org.rapport.platform.."))
                    .or(erasurePorts()))
            .because("each room erases its own rows behind one *Erasure port; privacy only runs them in order"
                    + " and reports what each did (issue 11)");

    @ArchTest
    static final ArchRule onlyTheJiraAdapterRoomKnowsJira = noClasses()
            .that(PLUGIN_CLASSES).and().resideOutsideOfPackage("org.rapport.product.jira..")
            .should().dependOnClassesThat().resideInAPackage("com.atlassian.jira..")
            .because("the shared rooms run in every product: Jira types and context keys stay in"
                    + " org.rapport.product.jira behind ports (PanelContext, PeopleSearch), so a Confluence"
                    + " build can leave that room out");

    @ArchTest
    static final ArchRule sharedRoomsNeverDependOnAProductRoom = noClasses()
            .that(PLUGIN_CLASSES).and().resideOutsideOfPackage("org.rapport.product..")
            .should().dependOnClassesThat().resideInAPackage("org.rapport.product..")
            .because("product adapters implement the shared rooms' ports; the container wires them, so a jar"
                    + " without one product's room still loads");

    @ArchTest
    static final ArchRule tallyRoomDependsOnNoFeatureRoom = noClasses()
            .that().resideInAPackage("org.rapport.tally..")
            .should().dependOnClassesThat().resideInAnyPackage("org.rapport.recognition..", "org.rapport.help..",
                    "org.rapport.mentoring..", "org.rapport.notification..", "org.rapport.privacy..")
            .because("counters are shared by every room that counts; they know nothing of what is counted");

    /** {@code recognition} for org.rapport.recognition.moderation.rest.X; {@code product.jira} for adapters. */
    static String roomOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        if (parts.length < 3) {
            return "";
        }
        return parts[2].equals("product") && parts.length > 3 ? "product." + parts[3] : parts[2];
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnRoomsStoresAndEntities() {
        return new ArchCondition<>("use only their own room's stores and entities") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String room = roomOf(type);
                type.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass().getBaseComponentType())
                        .filter(target -> PLUGIN_CLASSES.test(target) && !roomOf(target).equals(room))
                        .filter(target -> STORES.test(target) || target.getPackageName().matches(".*\\.ao(\\..*)?"))
                        // The shared plumbing's AO helpers (ColumnQuery) own no tables: every store may use them.
                        .filter(target -> !target.getPackageName().equals("org.rapport.platform.ao"))
                        .distinct()
                        .forEach(target -> events.add(SimpleConditionEvent.violated(type, type.getName() + " (room "
                                + room + ") uses " + target.getName() + " of room " + roomOf(target))));
            }
        };
    }

    private static DescribedPredicate<JavaClass> erasurePorts() {
        return new DescribedPredicate<>("a room's erasure port (*Erasure and its nested types)") {
            @Override
            public boolean test(JavaClass type) {
                return type.getName().split("\\$", 2)[0].endsWith("Erasure");
            }
        };
    }

    private static DescribedPredicate<JavaAnnotation<?>> xsrfProtectionExcluded() {
        return new DescribedPredicate<>("XsrfProtectionExcluded (any package)") {
            @Override
            public boolean test(JavaAnnotation<?> annotation) {
                return annotation.getRawType().getSimpleName().equals("XsrfProtectionExcluded");
            }
        };
    }

    private static List<String> accessAnnotations(HasAnnotations<?> element, String accessPackage) {
        return element.getAnnotations().stream()
                .map(JavaAnnotation::getRawType)
                .filter(t -> t.getPackageName().equals(accessPackage) && ACCESS_ANNOTATIONS.contains(t.getSimpleName()))
                .map(JavaClass::getSimpleName)
                .map(name -> "@" + name)
                .toList();
    }

    private static ArchCondition<JavaMethod> haveExactlyOneAccessAnnotationFrom(String accessPackage) {
        return new ArchCondition<>("carry exactly one access annotation from " + accessPackage + " (method or class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<String> onMethod = accessAnnotations(method, accessPackage);
                List<String> onClass = accessAnnotations(method.getOwner(), accessPackage);
                int count = onMethod.size() + onClass.size();
                String found = count == 0 ? "none"
                        : Stream.concat(onMethod.stream().map(a -> a + " on the method"),
                        onClass.stream().map(a -> a + " on the class")).toList().toString();
                String message = method.getFullName() + " has " + (count == 1 ? "one" : count)
                        + " access annotation(s) from " + accessPackage + ": " + found + " in "
                        + method.getSourceCodeLocation();
                events.add(new SimpleConditionEvent(method, count == 1, message));
            }
        };
    }

    private static ArchCondition<JavaClass> haveExactlyOneAccessAnnotationOnTheClass(String accessPackage) {
        return new ArchCondition<>("carry exactly one access annotation from " + accessPackage) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> found = accessAnnotations(type, accessPackage);
                String message = type.getName() + " has " + (found.isEmpty() ? "no" : found.toString())
                        + " access annotation from " + accessPackage + " in " + type.getSourceCodeLocation();
                events.add(new SimpleConditionEvent(type, found.size() == 1, message));
            }
        };
    }
}
