package org.worldbench.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The engine never knows the UI exists (DESIGN.md): no JavaFX, FXGL or ControlsFX, no printing to
 * the standard streams, no global mutable randomness.
 */
@AnalyzeClasses(packages = "org.worldbench.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule engineHasNoUserInterface = noClasses()
            .that().resideInAPackage("org.worldbench.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.almasb..", "org.controlsfx..")
            .because("the engine is a pure library the editor, the CLI and tests all drive");

    @ArchTest
    static final ArchRule engineDoesNotPrint = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("the engine reports through return values and exceptions; the CLI and editor decide what to show");

    @ArchTest
    static final ArchRule engineUsesSeededRandomnessOnly = noClasses()
            .that().resideInAPackage("org.worldbench.engine..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().callMethod(Math.class, "random")
            .because("every part draws from its own stream derived from (seed, stage, part)");
}
