package org.evwb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core stays headless: nothing in org.evwb.core may use JavaFX or the UI. */
@AnalyzeClasses(packages = "org.evwb", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAPackage("org.evwb.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.evwb.ui..", "org.evwb.cli..",
                    "org.controlsfx..", "org.jfree.chart.fx..");

    @ArchTest
    static final ArchRule cliDoesNotUseJavaFx = noClasses().that().resideInAPackage("org.evwb.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.evwb.ui..");
}
