package org.skyrack.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.skyrack.scenario.Problem;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioException;
import org.skyrack.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skyrack validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them. Prints one line per problem on stderr "
                + "(FILE:LINE: field.path: what is wrong (got VALUE; expected ...)) and exits 2 if any file has one.",
        footer = {"", "Example:", "  skyrack validate examples/*.yaml",
                "  skyrack validate examples/*.yaml --format json"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "What to print on stdout: one line per file, or a JSON array with one object per file "
                    + "(file, valid, scenario, groups, satellite_designs, problems[] with line, path, code, message). "
                    + "Problems go to stderr either way.")
    String format;

    @Override
    public Integer call() {
        boolean json = GeometryRun.choice("--format", format, List.of("text", "json")).equals("json");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArrayNode report = JsonNodeFactory.instance.arrayNode();
        int bad = 0;
        for (Path f : files) {
            ObjectNode entry = report.addObject().put("file", f.toString());
            try {
                Scenario s = ScenarioReader.read(f);
                int groups = s.constellation().groups().size();
                entry.put("valid", true).put("scenario", s.info().name()).put("groups", groups)
                        .put("satellite_designs", s.satellites().size());
                entry.putArray("problems");
                if (!json) {
                    out.printf("%s: ok (%s, %d group%s, %d satellite design%s)%n", f, s.info().name(), groups,
                            groups == 1 ? "" : "s", s.satellites().size(), s.satellites().size() == 1 ? "" : "s");
                }
            } catch (ScenarioException e) {
                bad++;
                entry.put("valid", false).putNull("scenario").putNull("groups").putNull("satellite_designs");
                ArrayNode problems = entry.putArray("problems");
                for (Problem p : e.problems()) {
                    err.println(p);
                    problems.addObject().put("line", p.line()).put("path", p.path())
                            .put("code", p.code().name().toLowerCase(java.util.Locale.ROOT)).put("message", p.message());
                }
            }
        }
        if (json) {
            out.print(ScenarioRunner.toJson(report));
        }
        out.flush();
        err.flush();
        return bad == 0 ? 0 : ErrorHandler.BAD_INPUT;
    }
}
