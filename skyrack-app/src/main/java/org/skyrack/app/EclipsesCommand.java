package org.skyrack.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.orekit.time.AbsoluteDate;
import org.skyrack.geometry.EventSink;
import org.skyrack.geometry.GeometryJobs;
import org.skyrack.geometry.ShadowGeometry;
import org.skyrack.orbit.PropagationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skyrack eclipses}: umbra and penumbra intervals of every satellite over a window. */
@Command(name = "eclipses", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Umbra and penumbra intervals of each satellite (CSV or JSON).",
        description = {"Umbra and penumbra intervals of each satellite over a window, on the oblate (WGS84) Earth, "
                + "times refined to 0.1 ms and printed to 1 ms. A penumbra interval (any part of the Sun hidden) contains its umbra interval "
                + "(all of it hidden). Intervals cut by the window's ends are clipped to it.",
            "",
            "Columns: sat_id,kind,start_utc,end_utc,duration_s (kind umbra or penumbra); rows by satellite in input "
                + "order, then start time. Data goes to stdout (or --out), notes to stderr."},
        footer = {"", "Example:",
            "  skyrack eclipses --tle iss.tle \\",
            "      --start 2014-01-20T00:00:00Z --end 2014-01-20T02:00:00Z",
            "  skyrack eclipses --scenario examples/prototype-2sat.yaml \\",
            "      --start 2027-06-21T00:00:00Z --end 2027-06-22T00:00:00Z --format json --out ecl.json"})
final class EclipsesCommand implements Callable<Integer> {

    static final List<TableWriter.Column> COLUMNS = List.of(TableWriter.Column.text("sat_id"),
            TableWriter.Column.text("kind"), TableWriter.Column.text("start_utc"), TableWriter.Column.text("end_utc"),
            TableWriter.Column.number("duration_s"));

    @Spec
    CommandSpec spec;

    @Mixin
    OrbitInputOptions input;

    @Mixin
    TableOutputOptions output;

    @Mixin
    CommonOptionsMixin common;

    @Override
    public Integer call() {
        boolean json = output.json();
        OrbitInput in = input.load(common.options.context());
        GeometryRun.before(spec, common.options, in);
        double span = in.spanS();
        GeometryJobs jobs = new GeometryJobs(in.ephemeris(), in.grid(), in.threads());
        try (OutputTarget target = OutputTarget.open(output.out, spec.commandLine().getOut())) {
            TableWriter table = TableWriter.open(target.writer(), json, COLUMNS);
            jobs.eclipses(0, span, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, new EventSink() {
                @Override
                public void eclipse(int satellite, boolean umbra, double startS, double endS) {
                    AbsoluteDate a = in.date(startS);
                    AbsoluteDate b = in.date(endS);
                    table.row(in.ids().get(satellite), umbra ? "umbra" : "penumbra", in.times().format(a),
                            in.times().format(b), UtcTimes.duration(a, b));
                }
            });
            table.finish();
            target.commit();
            GeometryRun.after(spec, common.options, in, table.rows(), "intervals", target);
        } catch (PropagationException e) {
            throw in.failure(e);
        }
        return 0;
    }
}
