package org.evwb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import java.util.TreeSet;

/**
 * The package rules of docs/architecture.md. Study packages are found, not listed: a study is a package
 * {@code org.evwb.core.study.<id>}, and its UI is {@code org.evwb.ui.<id>} with the same id, so a new study is held to
 * the same rules by existing.
 */
@AnalyzeClasses(packages = "org.evwb", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String CORE_STUDY = "org.evwb.core.study.";
    static final String UI = "org.evwb.ui.";
    static final String PLATFORM = "org.evwb.ui.platform..";

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAPackage("org.evwb.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.evwb.ui..", "org.evwb.cli..",
                    "org.controlsfx..", "org.jfree.chart.fx..");

    @ArchTest
    static final ArchRule cliDoesNotUseJavaFx = noClasses().that().resideInAPackage("org.evwb.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.evwb.ui..");

    /**
     * The distributed sweep backend is a plug-in (src/cluster/java, its own jar): only it sees Hazelcast, and nothing
     * of the product depends on it, so evwb.jar runs without it ({@code SweepBackends} finds it by ServiceLoader).
     */
    @ArchTest
    static final ArchRule onlyTheClusterBackendUsesHazelcast = noClasses().that().resideOutsideOfPackage(
            "org.evwb.cluster..").should().dependOnClassesThat().resideInAnyPackage("com.hazelcast..",
            "org.evwb.cluster..");

    /**
     * The incubating Vector API is in the boot layer only when a launcher adds it: one class uses it, loaded by name
     * when the module is there ({@code LayerKernel.simd}), so that nothing else breaks without the flag.
     */
    @ArchTest
    static final ArchRule onlyQaoasSimdLayerUsesTheVectorApi = noClasses().that().doNotHaveFullyQualifiedName(
            "org.evwb.core.qubo.qaoa.VectorLayer").should().dependOnClassesThat()
            .resideInAPackage("jdk.incubator.vector..");

    /** Reports are written by the CLI and the window alike: headless, like the CLI, and below both. */
    @ArchTest
    static final ArchRule reportsAreHeadless = noClasses().that().resideInAPackage("org.evwb.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.evwb.ui..", "org.evwb.cli..",
                    "org.controlsfx..", "org.jfree.chart.fx..");

    /**
     * Every CP-SAT solver is made by {@code OrTools.cpSat}, which switches CP-SAT's own SIGINT handler off: made
     * anywhere else, a Ctrl+C during its search would abort the JVM instead of cancelling the run.
     */
    @ArchTest
    static final ArchRule cpSatSolversComeFromOrTools = noClasses().that().doNotHaveFullyQualifiedName(
                    "org.evwb.core.solve.OrTools")
            .should().callConstructor("com.google.ortools.sat.CpSolver")
            .because("OrTools.cpSat configures the seed, the workers, the time limit and turns CP-SAT's SIGINT "
                    + "handler off");

    /** The window, menus and composition know studies only through the registries. */
    @ArchTest
    static void appIsFreeOfStudyPackages(JavaClasses classes) {
        Set<String> ids = studyIds(classes);
        noClasses().that().resideInAPackage("org.evwb.ui.app..")
                .should().dependOnClassesThat(inStudyPackage(ids))
                .because("a study plugs in through StudyUis.standard() and Studies.standard(), not by name")
                .check(classes);
    }

    /**
     * Shared UI services know neither the window nor the features that use them (only the shared chart helpers of
     * {@code ui.chart}, which know nothing of the UI), and no study.
     */
    @ArchTest
    static void platformIsFreeOfFeaturesAndStudies(JavaClasses classes) {
        noClasses().that().resideInAPackage(PLATFORM)
                .should().dependOnClassesThat().resideInAnyPackage("org.evwb.ui.app..", "org.evwb.ui.map..",
                        "org.evwb.ui.project..", "org.evwb.ui.runs..", "org.evwb.ui.qubo..")
                .orShould().dependOnClassesThat(inStudyPackage(studyIds(classes)))
                .check(classes);
    }

    /** Features depend on the platform, never on the window that composes them. */
    @ArchTest
    static final ArchRule featuresDoNotDependOnTheApp = noClasses().that().resideInAPackage("org.evwb.ui..")
            .and().resideOutsideOfPackage("org.evwb.ui.app..")
            .should().dependOnClassesThat().resideInAPackage("org.evwb.ui.app..");

    /** Studies are independent of each other, on both sides (a core study and its UI share one slice). */
    @ArchTest
    static void studiesAreFreeOfEachOther(JavaClasses classes) {
        Set<String> ids = studyIds(classes);
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String id = studyOf(c.getPackageName(), ids);
                return id == null ? SliceIdentifier.ignore() : SliceIdentifier.of("study " + id);
            }

            @Override
            public String getDescription() {
                return "studies (core.study.<id> with ui.<id>)";
            }
        }).should().notDependOnEachOther().check(classes);
    }

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("org.evwb.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiPackagesAreFreeOfCycles = slices().matching("org.evwb.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().matching("org.evwb.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule studySubpackagesAreFreeOfCycles = slices().matching("org.evwb.core.study.(**)")
            .should().beFreeOfCycles();

    /** Background work goes through the platform's BackgroundTask, which registers it in AppState. */
    @ArchTest
    static final ArchRule onlyThePlatformUsesTask = noClasses().that().resideOutsideOfPackage(PLATFORM)
            .should().dependOnClassesThat().areAssignableTo(javafx.concurrent.Task.class)
            .because("views run background work with BackgroundTask, so every task is tracked and cancellable");

    @ArchTest
    static final ArchRule taskExtendedOnlyInThePlatform = classes().that()
            .areAssignableTo(javafx.concurrent.Task.class).should().resideInAPackage(PLATFORM);

    /** The ids of the core study packages present: {@code org.evwb.core.study.<id>}. */
    static Set<String> studyIds(JavaClasses classes) {
        Set<String> ids = new TreeSet<>();
        for (JavaClass c : classes) {
            String p = c.getPackageName();
            if (p.startsWith(CORE_STUDY)) {
                String rest = p.substring(CORE_STUDY.length());
                ids.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        }
        return ids;
    }

    /** The study a package belongs to (core or UI side), or null. */
    static String studyOf(String pkg, Set<String> ids) {
        for (String id : ids) {
            for (String root : new String[] {CORE_STUDY + id, UI + id}) {
                if (pkg.equals(root) || pkg.startsWith(root + ".")) {
                    return id;
                }
            }
        }
        return null;
    }

    static DescribedPredicate<JavaClass> inStudyPackage(Set<String> ids) {
        return new DescribedPredicate<>("reside in a study package " + ids + " (core.study.<id> or ui.<id>)") {
            @Override
            public boolean test(JavaClass c) {
                return studyOf(c.getPackageName(), ids) != null;
            }
        };
    }
}
