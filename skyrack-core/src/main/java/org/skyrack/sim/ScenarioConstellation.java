package org.skyrack.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Links;
import org.skyrack.scenario.SatelliteDesign;
import org.skyrack.scenario.Scenario;

/** A scenario's satellites, accelerators and candidate inter-satellite links, as the training simulation sees them. */
public final class ScenarioConstellation implements TrainingSimulation.Constellation {

    private final int[] accelerators;
    private final double[] peakFlopPerS;
    private final int[][] neighbours;
    private final double linkRateBps;

    /**
     * @param s          the scenario (designs and links)
     * @param satellites its built satellites
     * @param pairs      candidate inter-satellite links {@code {a, b}}
     */
    public ScenarioConstellation(Scenario s, List<SatelliteOrbit> satellites, List<int[]> pairs) {
        Map<String, SatelliteDesign> designs = s.satellites().stream()
                .collect(Collectors.toMap(SatelliteDesign::name, Function.identity()));
        int n = satellites.size();
        accelerators = new int[n];
        peakFlopPerS = new double[n];
        for (int i = 0; i < n; i++) {
            SatelliteDesign d = designs.get(satellites.get(i).design());
            accelerators[i] = d.accelerators().stream().mapToInt(SatelliteDesign.Accelerator::count).sum();
            peakFlopPerS[i] = d.peakBf16FlopPerS();
        }
        List<List<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adjacency.add(new ArrayList<>());
        }
        for (int[] p : pairs) {
            adjacency.get(p[0]).add(p[1]);
            adjacency.get(p[1]).add(p[0]);
        }
        neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        linkRateBps = s.links().interSatellite().map(Links.InterSatellite::dataRateBps).orElse(0.0);
    }

    @Override
    public int satellites() {
        return accelerators.length;
    }

    @Override
    public int accelerators(int satellite) {
        return accelerators[satellite];
    }

    @Override
    public double peakFlopPerS(int satellite) {
        return peakFlopPerS[satellite];
    }

    @Override
    public int[] neighbours(int satellite) {
        return neighbours[satellite];
    }

    @Override
    public double linkRateBps() {
        return linkRateBps;
    }
}
