package org.skyrack.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code skyrack} command line. Each subcommand parses its options, calls one service of
 * skyrack-core and prints through picocli's writers, so tests capture everything; one
 * handler ({@link ErrorHandler}) turns bad input into one-line messages and exit code 2.
 */
@Command(name = "skyrack", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Design, simulate and cost AI data centers in orbit.", ""},
        subcommands = {DemoCommand.class, ValidateCommand.class, SimulateCommand.class, CostCommand.class,
                LaunchPlanCommand.class, EphemerisCommand.class, PassesCommand.class, EclipsesCommand.class,
                SizeCommand.class, ReportCommand.class, SweepCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  skyrack demo", "  skyrack validate examples/*.yaml",
                "  skyrack simulate examples/starlink-v2mini-compute.yaml --out runs/starlink",
                "  skyrack passes --scenario examples/prototype-2sat.yaml",
                "  skyrack size --compute-power 10kW --altitude 650km --ltan 18:00",
                "  skyrack launch-plan examples/suncatcher-81.yaml",
                "  skyrack cost examples/suncatcher-81.yaml",
                "  skyrack report skyrack-demo",
                "  skyrack sweep examples/sweeps/small-4sat-1000.yaml --out runs/sweep-small",
                "", "Exit codes: 0 success, 1 internal error, 2 bad input (one line per problem on stderr)."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured picocli command line. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the build, for {@code --version}. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    private static String mavenVersion(String pomProperties) {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream(pomProperties)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"skyrack " + version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                    "Orekit " + mavenVersion("/META-INF/maven/org.orekit/orekit/pom.properties")};
        }
    }
}
