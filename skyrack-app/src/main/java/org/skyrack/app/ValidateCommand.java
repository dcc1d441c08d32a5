package org.skyrack.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.skyrack.scenario.Problem;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioException;
import org.skyrack.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skyrack validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them. Prints one line per problem on stderr "
                + "(FILE:LINE: field.path: what is wrong (got VALUE; expected ...)) and exits 2 if any file has one.",
        footer = {"", "Example:", "  skyrack validate examples/*.yaml"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path f : files) {
            try {
                Scenario s = ScenarioReader.read(f);
                int groups = s.constellation().groups().size();
                out.printf("%s: ok (%s, %d group%s, %d satellite design%s)%n", f, s.info().name(), groups,
                        groups == 1 ? "" : "s", s.satellites().size(), s.satellites().size() == 1 ? "" : "s");
            } catch (ScenarioException e) {
                bad++;
                for (Problem p : e.problems()) {
                    err.println(p);
                }
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? 0 : ErrorHandler.BAD_INPUT;
    }
}
