package org.skyrack.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows pointing one way: physics and model packages never import the simulator,
 * the workload layer or application code (ARCHITECTURE.md, "Modules").
 */
class LayeringTest {

    private static final String[] PHYSICS = {"org.skyrack.units..", "org.skyrack.formation..", "org.skyrack.orbit..", "org.skyrack.geometry..",
        "org.skyrack.power..", "org.skyrack.thermal..", "org.skyrack.radiation..", "org.skyrack.flightdata..",
        "org.skyrack.launch..", "org.skyrack.economics..", "org.skyrack.scenario.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.skyrack");
    }

    @Test
    void physicsDoesNotDependOnSimulationWorkloadOrApp() {
        ArchRule rule = noClasses().that().resideInAnyPackage(PHYSICS)
                .should().dependOnClassesThat().resideInAnyPackage("org.skyrack.sim..", "org.skyrack.workload..",
                        "org.skyrack.app..", "org.skyrack.network..", "org.skyrack.results..");
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void networkIsPhysicsLevel() {
        noClasses().that().resideInAPackage("org.skyrack.network..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skyrack.sim..", "org.skyrack.workload..",
                        "org.skyrack.app..", "org.skyrack.results..")
                .check(classes);
    }

    @Test
    void unitsIsDependencyFree() {
        ArchRule rule = noClasses().that().resideInAPackage("org.skyrack.units..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.skyrack.units..", "java..");
        rule.check(classes);
    }

    @Test
    void formationIsDependencyFree() {
        noClasses().that().resideInAPackage("org.skyrack.formation..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.skyrack.formation..", "java..")
                .check(classes);
    }

    @Test
    void coreNeverDependsOnTheApplication() {
        noClasses().that().resideInAPackage("org.skyrack..").should().dependOnClassesThat()
                .resideInAnyPackage("picocli..", "com.fasterxml.jackson..").check(classes);
    }
}
