package org.skyrack.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Random outages of stations and links, and permanent failures of satellites, as exponential
 * times on the run's seeded streams (one stream per element, so adding an element shifts no
 * other's draws). An element with outages alternates up and down from the epoch, up first,
 * with exponential up times of mean MTBF and exponential down times of mean outage length (an
 * alternating renewal process: it is down a fraction outage / (MTBF + outage) of the time in the
 * long run; Ross, <i>Stochastic Processes</i>, 2nd ed., 1996, §3.4.1). Times in s from the epoch.
 */
public final class Outages {

    private Outages() {
    }

    /**
     * The down intervals of element {@code index} over [0, {@code endS}), as
     * {@code [start0, end0, start1, end1, ...]}.
     */
    public static double[] downIntervals(RandomStreams streams, String component, int index, double mtbfS,
                                         double outageS, double endS) {
        SplittableRandom r = streams.stream(component, index);
        double[] out = new double[8];
        int n = 0;
        double t = exponential(r, mtbfS);
        while (t < endS) {
            double end = Math.min(endS, t + exponential(r, outageS));
            if (n + 2 > out.length) {
                out = Arrays.copyOf(out, 2 * out.length);
            }
            out[n++] = t;
            out[n++] = end;
            t = end + exponential(r, mtbfS);
        }
        return Arrays.copyOf(out, n);
    }

    /** The time of {@code index}'s permanent failure, s (may lie beyond the run). */
    public static double failureTimeS(RandomStreams streams, String component, int index, double mtbfS) {
        return exponential(streams.stream(component, index), mtbfS);
    }

    /**
     * Calls {@code sink} with the parts of [{@code startS}, {@code endS}) outside the sorted,
     * disjoint {@code down} intervals.
     */
    public static void upParts(double startS, double endS, double[] down, PartSink sink) {
        double from = startS;
        for (int i = 0; i + 1 < down.length && from < endS; i += 2) {
            if (down[i + 1] <= from) {
                continue;
            }
            if (down[i] >= endS) {
                break;
            }
            if (down[i] > from) {
                sink.part(from, down[i]);
            }
            from = Math.max(from, down[i + 1]);
        }
        if (from < endS) {
            sink.part(from, endS);
        }
    }

    /** Receives one part of an interval. */
    public interface PartSink {
        void part(double startS, double endS);
    }

    private static double exponential(SplittableRandom r, double mean) {
        return -mean * Math.log(1 - r.nextDouble());
    }
}
