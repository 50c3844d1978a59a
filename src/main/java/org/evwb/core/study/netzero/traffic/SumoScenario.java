package org.evwb.core.study.netzero.traffic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.VehicleSpec;

/**
 * The SUMO input for one instance (the paper's Fig. 2 path): the road as plain-XML nodes and one edge
 * ({@code road}, {@code lanes} lanes, the car limit, climbing at the study's grade), Table VI's three types as
 * {@code vType}s with the UK limits, and every EV as a vehicle that departs at a seeded time in the departure window
 * at a seeded point of the road and leaves after its route L_i (or at the road's end when L_i is longer: its profile
 * then repeats the simulated trace, see {@link FcdProfiles}). Vehicles are written in departure order, as SUMO
 * reads them.
 */
public final class SumoScenario {

    /** The edge every vehicle drives. */
    public static final String EDGE = "road";

    /** The files one scenario is made of, all in one folder. */
    public record Files3(Path nodes, Path edges, Path routes, Path network, Path fcd) {
        static Files3 in(Path dir) {
            return new Files3(dir.resolve("road.nod.xml"), dir.resolve("road.edg.xml"), dir.resolve("fleet.rou.xml"),
                    dir.resolve("road.net.xml"), dir.resolve("fcd.xml"));
        }
    }

    /** One vehicle as written. */
    record Departure(String id, String type, double departS, double departPosM, double arrivalPosM) { }

    private SumoScenario() {
    }

    /** Writes the nodes, edge and route files for {@code instance} into {@code dir}. */
    public static Files3 write(NetzeroInstance instance, double departWindowS, long seed, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        Files3 f = Files3.in(dir);
        NetzeroParameters p = instance.parameters();
        double roadM = p.roadLengthKm() * 1000;
        try (Writer w = Files.newBufferedWriter(f.nodes(), StandardCharsets.UTF_8)) {
            w.write("<nodes>\n");
            w.write(fmt("  <node id=\"start\" x=\"0\" y=\"0\" z=\"0\"/>\n"));
            w.write(fmt("  <node id=\"end\" x=\"%.2f\" y=\"0\" z=\"%.2f\"/>\n", roadM,
                    roadM * p.gradePercent() / 100));
            w.write("</nodes>\n");
        }
        try (Writer w = Files.newBufferedWriter(f.edges(), StandardCharsets.UTF_8)) {
            w.write("<edges>\n");
            w.write(fmt("  <edge id=\"%s\" from=\"start\" to=\"end\" numLanes=\"%d\" speed=\"%.3f\"/>\n", EDGE,
                    p.lanes(), Math.max(p.carBusLimitKmh(), p.lorryLimitKmh()) / 3.6));
            w.write("</edges>\n");
        }
        List<Departure> deps = departures(instance, departWindowS, seed);
        try (Writer w = Files.newBufferedWriter(f.routes(), StandardCharsets.UTF_8)) {
            w.write("<routes>\n");
            w.write(fmt("  <vType id=\"car\" vClass=\"passenger\" length=\"4.5\" accel=\"2.6\" decel=\"4.5\" "
                    + "maxSpeed=\"%.3f\" speedDev=\"0.05\"/>\n", p.carBusLimitKmh() / 3.6));
            w.write(fmt("  <vType id=\"bus\" vClass=\"bus\" length=\"12\" accel=\"1.2\" decel=\"4\" "
                    + "maxSpeed=\"%.3f\" speedDev=\"0.05\"/>\n", p.carBusLimitKmh() / 3.6));
            w.write(fmt("  <vType id=\"lorry\" vClass=\"truck\" length=\"16.5\" accel=\"1.0\" decel=\"4\" "
                    + "maxSpeed=\"%.3f\" speedDev=\"0.05\"/>\n", p.lorryLimitKmh() / 3.6));
            w.write("  <route id=\"r\" edges=\"" + EDGE + "\"/>\n");
            for (Departure d : deps) {
                w.write(fmt("  <vehicle id=\"%s\" type=\"%s\" route=\"r\" depart=\"%.2f\" departPos=\"%.2f\" "
                                + "arrivalPos=\"%.2f\" departLane=\"best\" departSpeed=\"max\"/>\n", xml(d.id()),
                        d.type(), d.departS(), d.departPosM(), d.arrivalPosM()));
            }
            w.write("</routes>\n");
        }
        return f;
    }

    /** Where and when each EV enters and leaves the road, seeded, in departure order. */
    static List<Departure> departures(NetzeroInstance instance, double departWindowS, long seed) {
        double roadM = instance.parameters().roadLengthKm() * 1000;
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x73756d6fL);
        List<Departure> out = new ArrayList<>();
        for (NetzeroEv ev : instance.evs()) {
            VehicleSpec spec = instance.typeOf(ev);
            double routeM = Math.min(ev.routeKm() * 1000, roadM - 1);
            double start = rnd.nextDouble() * Math.max(0, roadM - 1 - routeM);
            double depart = rnd.nextDouble() * departWindowS;
            out.add(new Departure(ev.id(), spec.category().name().toLowerCase(Locale.ROOT), depart, start,
                    start + routeM));
        }
        out.sort(Comparator.comparingDouble(Departure::departS));
        return out;
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
