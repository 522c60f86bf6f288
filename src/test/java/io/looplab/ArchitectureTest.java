package io.looplab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN.md's layers: ui and cli -> scenario -> sim -> vm -> lang, with trace beneath them all.
 * Inside the core a layer may use any layer below it; ui and cli see only scenario and trace, so the
 * UI runs simulations through the scenario facade and reads traces, never vm or sim internals.
 */
@AnalyzeClasses(packages = "io.looplab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] SIMULATION = {
        "io.looplab.lang..", "io.looplab.vm..", "io.looplab.sim..", "io.looplab.trace.."
    };

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Launcher").definedBy("io.looplab")
            .layer("Ui").definedBy("io.looplab.ui..")
            .layer("Cli").definedBy("io.looplab.cli..")
            .layer("Scenario").definedBy("io.looplab.scenario..")
            .layer("Sim").definedBy("io.looplab.sim..")
            .layer("Vm").definedBy("io.looplab.vm..")
            .layer("Lang").definedBy("io.looplab.lang..")
            .layer("Trace").definedBy("io.looplab.trace..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Scenario").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Sim").mayOnlyBeAccessedByLayers("Scenario")
            .whereLayer("Vm").mayOnlyBeAccessedByLayers("Sim", "Scenario")
            .whereLayer("Lang").mayOnlyBeAccessedByLayers("Vm", "Sim", "Scenario")
            .whereLayer("Trace").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule traceUsesOnlyTheJdk = classes()
            .that().resideInAPackage("io.looplab.trace..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.looplab.trace..", "java..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule javafxStaysInTheUi = noClasses()
            .that().resideOutsideOfPackages("io.looplab.ui..")
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule noJavaThreadsInTheSimulation = noClasses()
            .that().resideInAnyPackage(SIMULATION)
            .should().dependOnClassesThat().areAssignableTo(Thread.class)
            .because("suspension comes from explicit frames, not Java threads (DESIGN.md §2)")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noWallClockInTheSimulation = noClasses()
            .that().resideInAnyPackage(SIMULATION)
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .because("time advances only in the kernel's step, on the virtual clock (DESIGN.md §2)")
            .allowEmptyShould(true);
}
