package org.evwb.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.traffic.SumoInstallation;
import org.evwb.core.study.netzero.traffic.SumoTraffic;

/**
 * The netzero study's SUMO path at the paper's scale: the 20 km, 3-lane road of the sample with N drawn EVs
 * ({@code --vehicles N}, 2,000; {@code --quick} 200), an hour of departures, 1 s steps: netconvert, sumo with FCD
 * output, reading the FCD into profiles and building the instance, each timed, {@code --runs R} times (3). Prints a
 * line saying so and measures nothing where SUMO is not installed. Figures go to docs/benchmarks.md.
 */
public final class NetzeroSumoBenchmark {

    private NetzeroSumoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    public static void run(List<String> args, PrintWriter out) throws Exception {
        var sumo = SumoInstallation.locate();
        if (sumo.isEmpty()) {
            out.println("netzero SUMO: not measured — " + SumoInstallation.missingMessage(System.getenv()));
            return;
        }
        boolean quick = args.contains("--quick");
        int vehicles = Integer.parseInt(option(args, "--vehicles", quick ? "200" : "2000"));
        int runs = Integer.parseInt(option(args, "--runs", quick ? "1" : "3"));
        Path samples = Path.of(option(args, "--samples", "sample-projects"));
        Project project = new ProjectIO().load(samples.resolve(NetzeroStudy.SAMPLE));
        NetzeroStudy study = new NetzeroStudy();
        NetzeroParameters p = study.parameters().withOverrides(Map.of("fleetSize", vehicles));
        SumoTraffic traffic = new SumoTraffic(study, sumo.get(), SumoTraffic.Options.DEFAULT);
        out.printf(Locale.ROOT, "netzero SUMO: %.0f km road, %d lanes, %d EVs, departures over %.0f s, step %.1f s, "
                        + "%s%n", p.roadLengthKm(), p.lanes(), vehicles, SumoTraffic.Options.DEFAULT.departWindowS(),
                SumoTraffic.Options.DEFAULT.stepS(), sumo.get().sumo());
        for (int r = 1; r <= runs; r++) {
            Path dir = Files.createTempDirectory("evwb-sumo-bench");
            try {
                long t0 = System.nanoTime();
                SumoTraffic.Result res = traffic.run(project, p, dir, RunContext.of(r));
                double total = (System.nanoTime() - t0) / 1e9;
                out.printf(Locale.ROOT, "run %d: total %.2f s (netconvert %.2f s, sumo %.2f s, FCD read + instance "
                                + "%.2f s); %d of %d EVs traced; FCD %.1f MB%n", r, total, res.netconvertS(),
                        res.sumoS(), res.readS(), res.traced(), res.vehicles(),
                        Files.size(dir.resolve("fcd.xml")) / 1e6);
            } finally {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    private static String option(List<String> args, String name, String dflt) {
        int k = args.indexOf(name);
        return k >= 0 && k + 1 < args.size() ? args.get(k + 1) : dflt;
    }
}
