package org.skyrack.power;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.hipparchus.util.FastMath;
import org.skyrack.geometry.EarthSunGrid;
import org.skyrack.geometry.EventSink;
import org.skyrack.geometry.ShadowGeometry;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.scenario.SatelliteDesign;
import org.skyrack.thermal.ThermalEnvironment;

/**
 * Power and heat of every satellite over a run, driven by its eclipse intervals. As an
 * {@link EventSink} it takes the geometry engine's eclipse stream (satellite by satellite, in
 * order) and integrates each satellite as soon as its intervals are complete, so nothing per
 * event outlives its satellite.
 *
 * <p>Each satellite's window is cut at every umbra and penumbra edge, at the period boundaries
 * the caller asks totals for (calendar months, say), and at least every
 * {@link #MAX_INTERVAL_S} (every {@link #FIXED_ARRAY_INTERVAL_S} for a body-fixed array, whose
 * Sun incidence turns with the orbit). On each piece the environment is taken as constant: its
 * mean over three Gauss–Legendre points (the visible part of the Sun's disc in penumbra, the
 * incidence on a fixed array, the sunlit share of the Earth below for albedo), the midpoint
 * value for what drifts slowly (Sun distance, array age). The {@link SatelliteEnergyIntegrator} then
 * integrates the piece exactly.
 *
 * <p>Eclipses are known ahead, so compute is planned through each stretch where the array
 * cannot carry the asked load ({@link EclipsePlan}): one even throttle that lands the battery at
 * its floor when the stretch ends, rather than full compute until the floor and then a bus that
 * cannot be carried.
 */
public final class FleetEnergyRun implements EventSink {

    /** Longest piece of constant environment for a Sun-tracking array, s (Sun distance and age drift slowly). */
    public static final double MAX_INTERVAL_S = 600;
    /** Longest piece for a body-fixed array, s: its incidence changes by up to 3.7° a minute in LEO. */
    public static final double FIXED_ARRAY_INTERVAL_S = 60;

    private static final double[] GAUSS_NODES = {-Math.sqrt(0.6), 0, Math.sqrt(0.6)};
    private static final double[] GAUSS_WEIGHTS = {5.0 / 18, 8.0 / 18, 5.0 / 18};

    private final IntFunction<SatellitePowerModel> models;
    private final int satellites;
    private final EphemerisSource source;
    private final EarthSunGrid grid;
    private final double windowStartS;
    private final double windowEndS;
    private final double[] periodStartsS;
    private final double requestedComputeFraction;
    private final ResourceSink sink;

    private final EnergyLedger fleet = new EnergyLedger();
    private final EnergyLedger[] periods;
    private final List<double[]> penumbra = new ArrayList<>();
    private final List<double[]> umbra = new ArrayList<>();
    private int current = 0;
    private int umbraCursor;
    private int penumbraCursor;
    private static final java.util.Comparator<double[]> BY_START = (x, y) -> Double.compare(x[0], y[0]);

    private double[] startS = new double[0];
    private double[] durationS = new double[0];
    private double[] arrayW = new double[0];
    private double[] absorbedW = new double[0];
    private final double[] pv = new double[6];
    private final double[] sun = new double[3];
    private final double[] shadow = new double[3];

    /**
     * @param models                   the power model of each satellite, by index
     * @param satellites               number of satellites
     * @param source                   their ephemerides (used in penumbra and for fixed arrays)
     * @param grid                     Sun positions over the window
     * @param startS                   start of the window, s from epoch
     * @param endS                     end of the window, s from epoch
     * @param periodStartsS            starts of the periods to total separately (the first at or before startS), s
     * @param requestedComputeFraction compute asked of every satellite, fraction of full
     * @param sink                     receives every satellite's time series
     */
    public FleetEnergyRun(IntFunction<SatellitePowerModel> models, int satellites, EphemerisSource source,
                          EarthSunGrid grid, double startS, double endS, double[] periodStartsS,
                          double requestedComputeFraction, ResourceSink sink) {
        this.models = models;
        this.satellites = satellites;
        this.source = source;
        this.grid = grid;
        this.windowStartS = startS;
        this.windowEndS = endS;
        this.periodStartsS = periodStartsS.length == 0 ? new double[] {startS} : periodStartsS.clone();
        this.requestedComputeFraction = requestedComputeFraction;
        this.sink = sink;
        this.periods = new EnergyLedger[this.periodStartsS.length];
        for (int i = 0; i < periods.length; i++) {
            periods[i] = new EnergyLedger();
        }
    }

    @Override
    public void eclipse(int satellite, boolean isUmbra, double start, double end) {
        flushBefore(satellite);
        (isUmbra ? umbra : penumbra).add(new double[] {start, end});
    }

    /** Integrates the satellites whose events are all in; call once after the eclipse stream ends. */
    public void finish() {
        flushBefore(satellites);
    }

    /** The whole fleet's totals. */
    public EnergyLedger fleet() {
        return fleet;
    }

    /** The fleet's totals per period, in the order of the period starts. */
    public List<EnergyLedger> periods() {
        return List.of(periods);
    }

    private void flushBefore(int satellite) {
        while (current < satellite) {
            integrate(current);
            penumbra.clear();
            umbra.clear();
            current++;
        }
    }

    private void integrate(int sat) {
        SatellitePowerModel m = models.apply(sat);
        double step = m.pointing() == SatelliteDesign.Pointing.FIXED ? FIXED_ARRAY_INTERVAL_S : MAX_INTERVAL_S;
        int n = environments(sat, m, cuts(step));
        if (n == 0) {
            return;
        }
        SatelliteEnergyIntegrator integrator = new SatelliteEnergyIntegrator(m.battery(), m.loads(), m.deck(),
                m.maxTemperatureK(), m.battery().capacityJ(), Math.min(m.maxTemperatureK(),
                m.deck().equilibriumTemperatureK(m.loads().loadW(requestedComputeFraction) + absorbedW[0])));
        double fullLoadW = m.loads().loadW(requestedComputeFraction);
        int period = 0;
        int planEnd = -1;
        double plannedFraction = requestedComputeFraction;
        for (int k = 0; k < n; k++) {
            while (period + 1 < periodStartsS.length && startS[k] >= periodStartsS[period + 1]) {
                periods[period].add(integrator.startPeriod());
                period++;
            }
            if (k > planEnd) {
                plannedFraction = requestedComputeFraction;
                if (arrayW[k] < fullLoadW) {
                    planEnd = k;
                    while (planEnd + 1 < n && arrayW[planEnd + 1] < fullLoadW) {
                        planEnd++;
                    }
                    plannedFraction = EclipsePlan.computeFraction(m.battery(), m.loads(), integrator.storedJ(),
                            arrayW, durationS, k, planEnd, requestedComputeFraction);
                }
            }
            integrator.advance(sat, startS[k], durationS[k], arrayW[k], absorbedW[k], requestedComputeFraction,
                    plannedFraction, sink);
        }
        periods[period].add(integrator.periodLedger());
        fleet.add(integrator.ledger());
    }

    /** Fills the per-piece environment arrays from the cuts; returns the number of pieces. */
    private int environments(int sat, SatellitePowerModel m, double[] cuts) {
        ensureCapacity(cuts.length);
        umbra.sort(BY_START);
        penumbra.sort(BY_START);
        umbraCursor = 0;
        penumbraCursor = 0;
        int n = 0;
        for (int k = 0; k + 1 < cuts.length; k++) {
            double a = cuts[k];
            double b = cuts[k + 1];
            if (b <= a) {
                continue;
            }
            double mid = 0.5 * (a + b);
            grid.sunTeme(mid, sun, 0);
            double sunDistance = Math.sqrt(sun[0] * sun[0] + sun[1] * sun[1] + sun[2] * sun[2]);
            double irradiance = ThermalEnvironment.irradianceAt(sunDistance);
            double lit = 0;
            double incidence = 0;
            double albedoFactor = 0;
            int state = shadowState(mid);
            for (int g = 0; g < 3; g++) {
                double t = mid + 0.5 * (b - a) * GAUSS_NODES[g];
                source.state(sat, t, pv, 0);
                grid.sunTeme(t, sun, 0);
                double f = state == 0 ? 1 : 0;
                if (state == 1) {
                    ShadowGeometry.shadow(pv, 0, sun, 0, shadow);
                    f = shadow[2];
                }
                double c = m.pointing() == SatelliteDesign.Pointing.SUN_TRACKING ? 1 : fixedIncidence(m, pv, sun);
                lit += GAUSS_WEIGHTS[g] * f;
                incidence += GAUSS_WEIGHTS[g] * f * Math.max(0, c);
                albedoFactor += GAUSS_WEIGHTS[g] * ThermalEnvironment.albedoIlluminationFactor(cosSunZenith(pv, sun));
            }
            // The array sees the mean of f·cos; written as lit × (f-weighted mean cosine).
            incidence = lit > 0 ? Math.min(1, incidence / lit) : 0;
            startS[n] = a;
            durationS[n] = b - a;
            arrayW[n] = m.array().powerW(irradiance, lit, incidence, m.ageAtEpochS() + mid);
            absorbedW[n] = m.deck().absorbedW(new ThermalEnvironment(irradiance, Math.min(1, lit),
                    m.radiatorSunCosine(), ThermalEnvironment.EARTH_ALBEDO, Math.min(1, albedoFactor),
                    ThermalEnvironment.EARTH_INFRARED_W_PER_M2));
            n++;
        }
        return n;
    }

    private void ensureCapacity(int pieces) {
        if (startS.length < pieces) {
            startS = new double[pieces];
            durationS = new double[pieces];
            arrayW = new double[pieces];
            absorbedW = new double[pieces];
        }
    }

    /**
     * 0 sunlit, 1 in penumbra only, 2 in umbra, for the piece containing {@code t}. Pieces are
     * asked in time order, so each list is walked once (intervals sorted by start, disjoint).
     */
    private int shadowState(double t) {
        while (umbraCursor < umbra.size() && umbra.get(umbraCursor)[1] <= t) {
            umbraCursor++;
        }
        if (umbraCursor < umbra.size() && t > umbra.get(umbraCursor)[0]) {
            return 2;
        }
        while (penumbraCursor < penumbra.size() && penumbra.get(penumbraCursor)[1] <= t) {
            penumbraCursor++;
        }
        return penumbraCursor < penumbra.size() && t > penumbra.get(penumbraCursor)[0] ? 1 : 0;
    }

    /** Cosine of the Sun's zenith angle at the sub-satellite point (spherical Earth). */
    private static double cosSunZenith(double[] pv, double[] sun) {
        double r = Math.sqrt(pv[0] * pv[0] + pv[1] * pv[1] + pv[2] * pv[2]);
        double d = Math.sqrt(sun[0] * sun[0] + sun[1] * sun[1] + sun[2] * sun[2]);
        return (pv[0] * sun[0] + pv[1] * sun[1] + pv[2] * sun[2]) / (r * d);
    }

    /** Cosine of the Sun's incidence on a body-fixed array, body frame = radial, along-track, orbit normal. */
    private static double fixedIncidence(SatellitePowerModel m, double[] pv, double[] sun) {
        double rx = pv[0];
        double ry = pv[1];
        double rz = pv[2];
        double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double hx = ry * pv[5] - rz * pv[4];
        double hy = rz * pv[3] - rx * pv[5];
        double hz = rx * pv[4] - ry * pv[3];
        double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
        double xr = rx / r;
        double yr = ry / r;
        double zr = rz / r;
        double xh = hx / h;
        double yh = hy / h;
        double zh = hz / h;
        // along-track = h × r
        double xs = yh * zr - zh * yr;
        double ys = zh * xr - xh * zr;
        double zs = xh * yr - yh * xr;
        double[] n = m.arrayNormalBody();
        double nx = n[0] * xr + n[1] * xs + n[2] * xh;
        double ny = n[0] * yr + n[1] * ys + n[2] * yh;
        double nz = n[0] * zr + n[1] * zs + n[2] * zh;
        double dx = sun[0] - rx;
        double dy = sun[1] - ry;
        double dz = sun[2] - rz;
        double d = FastMath.sqrt(dx * dx + dy * dy + dz * dz);
        return (nx * dx + ny * dy + nz * dz) / d;
    }

    private double[] cuts(double step) {
        double[] c = new double[4 + 2 * (penumbra.size() + umbra.size()) + periodStartsS.length
                + (int) Math.ceil((windowEndS - windowStartS) / step)];
        int n = 0;
        c[n++] = windowStartS;
        c[n++] = windowEndS;
        for (double t = windowStartS + step; t < windowEndS; t += step) {
            c[n++] = t;
        }
        for (double[] p : penumbra) {
            c[n++] = clamp(p[0]);
            c[n++] = clamp(p[1]);
        }
        for (double[] u : umbra) {
            c[n++] = clamp(u[0]);
            c[n++] = clamp(u[1]);
        }
        for (double p : periodStartsS) {
            c[n++] = clamp(p);
        }
        double[] sorted = Arrays.copyOf(c, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private double clamp(double t) {
        return Math.max(windowStartS, Math.min(windowEndS, t));
    }
}
