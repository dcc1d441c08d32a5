package org.skyrack.app.sweep;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.skyrack.sweep.PointResult;
import org.skyrack.sweep.SweepPlan;
import org.skyrack.sweep.SweepPoint;

/**
 * {@code --engine spark}: runs the sweep as a Spark job without this module depending on Spark.
 * It starts the skyrack-spark job's main ({@code org.skyrack.spark.SparkSweep}) in a child JVM
 * (the Spark driver, in client mode, so {@code --master} may be {@code local[N]}, a standalone
 * {@code spark://HOST:7077} or {@code k8s://https://HOST:443}), passes it the sweep file and the
 * ids already done, and reads a row per finished task from its stdout. The job's classpath is
 * {@code $SKYRACK_SPARK_CLASSPATH} (the {@code ./skyrack} launcher sets it after building the
 * module), else {@code skyrack-spark/target/skyrack-spark.jar} and its {@code lib/} beside this
 * build. Spark's log goes to stderr.
 */
final class SparkEngine implements PointEngine {

    /** Environment variable naming the job's classpath. */
    static final String CLASSPATH_ENV = "SKYRACK_SPARK_CLASSPATH";
    private static final String MAIN = "org.skyrack.spark.SparkSweep";
    private static final String ROW_PREFIX = "ROW\t";
    /** What Spark on Java 17 needs opened (as skyrack-spark's pom gives its tests). */
    private static final List<String> JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    private final String master;
    private final String classpath;

    private SparkEngine(String master, String classpath) {
        this.master = master;
        this.classpath = classpath;
    }

    /**
     * The engine, or null when the job's classpath cannot be found.
     *
     * @param master Spark master URL
     */
    static SparkEngine find(String master) {
        String env = System.getenv(CLASSPATH_ENV);
        if (env != null && !env.isBlank()) {
            return new SparkEngine(master, env);
        }
        Path root = checkoutRoot();
        if (root == null) {
            return null;
        }
        Path target = root.resolve("skyrack-spark/target");
        Path jar = target.resolve("skyrack-spark.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(target.resolve("lib"))) {
            return null;
        }
        return new SparkEngine(master, jar + java.io.File.pathSeparator + target.resolve("lib") + "/*");
    }

    /** Where the job is looked for, for the error message. */
    static String expectedLocation() {
        Path root = checkoutRoot();
        return (root == null ? Path.of("skyrack-spark/target") : root.resolve("skyrack-spark/target"))
                + "/skyrack-spark.jar and lib/, or $" + CLASSPATH_ENV;
    }

    /** The checkout this app was built in: skyrack-app/target/{skyrack.jar,classes} up two levels. */
    private static Path checkoutRoot() {
        try {
            Path self = Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = self.getParent();
            return target == null || target.getParent() == null ? null : target.getParent().getParent();
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    @Override
    public void run(SweepPlan plan, List<SweepPoint> points, int stopAfter, Consumer<PointResult> sink)
            throws Exception {
        Set<String> wanted = new HashSet<>();
        points.forEach(p -> wanted.add(p.id()));
        List<String> skip = new ArrayList<>();
        plan.points().stream().filter(p -> !wanted.contains(p.id())).forEach(p -> skip.add(p.id()));
        Path skipFile = Files.createTempFile("skyrack-sweep-skip", ".txt");
        try {
            Files.write(skipFile, skip, StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(JVM_OPTIONS);
            cmd.addAll(List.of("-cp", classpath, MAIN, plan.spec().file().toString(), "--master", master,
                    "--skip", skipFile.toString(), "--validated"));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int rows = 0;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while (rows < stopAfter && (line = in.readLine()) != null) {
                    if (line.startsWith(ROW_PREFIX)) {
                        sink.accept(PointResult.decode(line.substring(ROW_PREFIX.length())));
                        rows++;
                    }
                }
            } finally {
                if (rows >= stopAfter) {
                    p.destroy();
                }
            }
            int exit = p.waitFor();
            if (rows < Math.min(stopAfter, points.size())) {
                throw new IllegalStateException("the Spark job ended (exit " + exit + ") after " + rows + " of "
                        + points.size() + " points; its log is above; run again with --resume to continue");
            }
        } finally {
            Files.deleteIfExists(skipFile);
        }
    }

    @Override
    public String describe() {
        return "spark, master " + master;
    }
}
