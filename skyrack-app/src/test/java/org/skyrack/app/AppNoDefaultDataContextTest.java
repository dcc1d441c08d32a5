package org.skyrack.app;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.orekit.annotation.DefaultDataContext;
import org.orekit.bodies.CelestialBodyFactory;
import org.orekit.data.DataContext;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.frames.FramesFactory;
import org.orekit.models.earth.GeoMagneticFieldFactory;
import org.orekit.time.TimeScalesFactory;

/**
 * The command line follows core's rule (see skyrack-core's NoDefaultDataContextTest): Orekit
 * data comes from the context built from --orekit-data or offline, never from Orekit's
 * global default, which has no data in a test run or on a user's machine.
 */
class AppNoDefaultDataContextTest {

    @Test
    void appCodeNeverUsesTheDefaultDataContext() {
        JavaClasses app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.skyrack.app");
        noClasses()
                .should().callMethod(DataContext.class, "getDefault")
                .orShould().callCodeUnitWhere(target(annotatedWith(DefaultDataContext.class)))
                .orShould().dependOnClassesThat().belongToAnyOf(FramesFactory.class, TimeScalesFactory.class,
                        CelestialBodyFactory.class, GravityFieldFactory.class, GeoMagneticFieldFactory.class)
                .because("the flight-dynamics context is built once at the edge and passed down")
                .check(app);
    }
}
