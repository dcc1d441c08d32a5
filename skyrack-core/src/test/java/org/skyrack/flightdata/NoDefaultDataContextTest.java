package org.skyrack.flightdata;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.orekit.annotation.DefaultDataContext;
import org.orekit.bodies.CelestialBodyFactory;
import org.orekit.data.DataContext;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.frames.FramesFactory;
import org.orekit.models.earth.GeoMagneticFieldFactory;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.TimeScalesFactory;

/**
 * Guards the rule that skyrack never relies on Orekit's global default data context: a test
 * run has no Orekit data, so such a call would only fail at run time on some code path.
 */
class NoDefaultDataContextTest {

    /**
     * Orekit marks every method and constructor that reads the default context with
     * {@link DefaultDataContext}; the factories are the static facades over it.
     */
    private static final ArchRule NO_DEFAULT_CONTEXT = noClasses()
            .should().callMethod(DataContext.class, "getDefault")
            .orShould().callCodeUnitWhere(target(annotatedWith(DefaultDataContext.class)))
            .orShould().dependOnClassesThat().belongToAnyOf(FramesFactory.class, TimeScalesFactory.class,
                    CelestialBodyFactory.class, GravityFieldFactory.class, GeoMagneticFieldFactory.class)
            .because("the flight-dynamics context is built once at the edge and passed down");

    @Test
    void skyrackCodeNeverUsesTheDefaultDataContext() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.skyrack");

        NO_DEFAULT_CONTEXT.check(production);
    }

    @Test
    void theRuleCatchesAnAnnotatedOrekitCall() {
        // Without this, a rule that silently matches nothing (e.g. an unread annotation) would pass.
        EvaluationResult result = NO_DEFAULT_CONTEXT.evaluate(new ClassFileImporter().importClasses(UsesDefault.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("TLE.<init>");
    }

    /** Deliberately wrong code for the check above; never run. */
    static final class UsesDefault {
        TLE parseWithTheDefaultUtc(String line1, String line2) {
            return new TLE(line1, line2);
        }
    }
}
