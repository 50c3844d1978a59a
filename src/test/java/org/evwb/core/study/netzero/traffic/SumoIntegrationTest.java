package org.evwb.core.study.netzero.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.netzero.NetzeroChecker;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroSolution;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SUMO on a tiny road, end to end: the scenario written, netconvert and sumo run, the FCD read into every EV's
 * profile, the consumption model fed and the milp's result accepted by the checker. Skipped with a message where
 * SUMO is not installed ({@code .ci/run} installs it). The missing-SUMO and cancel paths run everywhere.
 */
class SumoIntegrationTest {

    private static Optional<SumoInstallation> sumo;
    private final NetzeroStudy study = new NetzeroStudy();

    @TempDir
    Path dir;

    @BeforeAll
    static void locate() {
        sumo = SumoInstallation.locate();
        if (sumo.isEmpty()) {
            System.out.println("[SumoIntegrationTest] SKIPPED the SUMO runs: " + SumoInstallation.missingMessage(
                    System.getenv()));
        }
    }

    static Project sample() throws Exception {
        String prop = System.getProperty("evwb.repo");
        Path repo = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath();
        return new ProjectIO().load(repo.resolve("sample-projects").resolve(NetzeroStudy.SAMPLE));
    }

    NetzeroParameters tinyRoad(int evs) {
        Map<String, Object> o = new HashMap<>();
        o.put("fleetSize", evs);
        o.put("fleetSeed", 7L);
        o.put("roadLengthKm", 2.0);
        o.put("routeMeanKm", 1.0);
        o.put("routeVarianceKm2", 0.1);
        o.put("lanes", 2);
        return study.parameters().withOverrides(o);
    }

    @Test
    void sumoProfilesFeedTheConsumptionModelAndTheCheckerAcceptsTheMilp() throws Exception {
        assumeTrue(sumo.isPresent(), "SUMO not installed");
        SumoTraffic traffic = new SumoTraffic(study, sumo.get(), new SumoTraffic.Options(Duration.ofSeconds(60), 60,
                1));
        Project project = sample();
        NetzeroParameters p = tinyRoad(12);
        SumoTraffic.Result r = traffic.run(project, p, dir, RunContext.of(1));
        assertTrue(Files.size(dir.resolve("fcd.xml")) > 0);
        assertEquals(12, r.vehicles());
        assertEquals(12, r.traced(), r.summary());
        NetzeroInstance builtIn = study.buildInstanceWith(project, p, null, null);
        for (int i = 0; i < r.instance().evs().size(); i++) {
            NetzeroEv ev = r.instance().evs().get(i);
            NetzeroEv ref = builtIn.evs().get(i);
            assertEquals(ref.id(), ev.id());
            assertEquals(ref.routeKm(), ev.routeKm(), 1e-12, "only the profiles differ");
            assertEquals(ref.routeKm(), ev.profile().lengthKm(), 1e-9);
            assertTrue(ev.profile().source().startsWith(SumoTraffic.SOURCE), ev.profile().source());
            double limit = (ev.id().startsWith("lorry") ? p.lorryLimitKmh() : p.carBusLimitKmh()) * 1.3;
            for (double v : ev.profile().speedKmh()) {
                assertTrue(v > 0 && v <= limit, ev.id() + " speed " + v);
            }
            // SUMO accelerates from its insertion speed and follows others: not the constant reference profile
            assertTrue(ev.consumptionKWh() > 0, ev.id());
        }
        assertTrue(r.instance().evs().stream().anyMatch(ev -> distinctSpeeds(ev) > 1),
                "SUMO's traces vary along the route");
        var spec = study.solver("milp").orElseThrow();
        NetzeroSolution s = spec.create(spec.defaults()).solve(r.instance(), RunContext.of(1));
        assertEquals(List.of(), new NetzeroChecker().check(r.instance(), s));
    }

    private static long distinctSpeeds(NetzeroEv ev) {
        return java.util.Arrays.stream(ev.profile().speedKmh()).map(v -> Math.round(v * 10) / 10.0).distinct()
                .count();
    }

    @Test
    void aCancelKillsSumoWithin200Ms() throws Exception {
        assumeTrue(sumo.isPresent(), "SUMO not installed");
        // a long road and many vehicles: sumo runs for seconds, the cancel comes while it does
        SumoTraffic traffic = new SumoTraffic(study, sumo.get(), new SumoTraffic.Options(Duration.ofSeconds(120),
                3600, 0.1));
        Project project = sample();
        Map<String, Object> o = new HashMap<>();
        o.put("fleetSize", 2000);
        NetzeroParameters p = study.parameters().withOverrides(o);
        RunContext ctx = RunContext.of(1);
        CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
            try {
                traffic.run(project, p, dir, ctx);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!sumoRunning() && System.nanoTime() < deadline && !run.isDone()) {
            Thread.sleep(20);
        }
        assertTrue(sumoRunning(), "sumo started");
        long t0 = System.nanoTime();
        ctx.cancel();
        Throwable t = run.get(5, TimeUnit.SECONDS);
        double ms = (System.nanoTime() - t0) / 1e6;
        assertTrue(t instanceof CancelledException, String.valueOf(t));
        assertTrue(ms < 200, "returned " + ms + " ms after the cancel");
        assertTrue(!sumoRunning(), "no sumo left running");
    }

    private boolean sumoRunning() {
        return ProcessHandle.current().descendants().anyMatch(h -> h.info().command().orElse("").endsWith("sumo"));
    }

    @Test
    void aMissingSumoIsAClearMessage() {
        Map<String, String> env = Map.of("PATH", dir.toString(), "SUMO_HOME", dir.resolve("nowhere").toString());
        assertTrue(SumoInstallation.locate(env).isEmpty());
        String m = SumoInstallation.missingMessage(env);
        assertTrue(m.contains("apt-get install sumo") && m.contains("SUMO_HOME = "), m);
    }

    @Test
    void aFailingSumoIsAClearMessageWithItsOutput() throws Exception {
        Path fake = dir.resolve("bin");
        Files.createDirectories(fake);
        for (String name : List.of("sumo", "netconvert")) {
            Path f = fake.resolve(name);
            Files.writeString(f, "#!/bin/sh\necho \"Error: no licence for " + name + "\" >&2\nexit 3\n");
            f.toFile().setExecutable(true);
        }
        SumoInstallation fakeInstall = SumoInstallation.locate(Map.of("SUMO_HOME", dir.toString())).orElseThrow();
        SumoTraffic traffic = new SumoTraffic(study, fakeInstall, SumoTraffic.Options.DEFAULT);
        SumoException e = assertThrows(SumoException.class, () -> traffic.run(sample(), tinyRoad(3),
                dir.resolve("run"), RunContext.of(1)));
        assertTrue(e.getMessage().contains("netconvert failed with exit code 3")
                && e.getMessage().contains("no licence"), e.getMessage());
    }

    @Test
    void aHangingSumoIsStoppedAtItsTimeLimit() throws Exception {
        Path fake = dir.resolve("bin");
        Files.createDirectories(fake);
        for (String name : List.of("sumo", "netconvert")) {
            Path f = fake.resolve(name);
            Files.writeString(f, "#!/bin/sh\necho waiting\nexec sleep 30\n");
            f.toFile().setExecutable(true);
        }
        SumoInstallation fakeInstall = SumoInstallation.locate(Map.of("SUMO_HOME", dir.toString())).orElseThrow();
        SumoTraffic traffic = new SumoTraffic(study, fakeInstall, new SumoTraffic.Options(Duration.ofMillis(300),
                60, 1));
        SumoException e = assertThrows(SumoException.class, () -> traffic.run(sample(), tinyRoad(3),
                dir.resolve("run"), RunContext.of(1)));
        assertTrue(e.getMessage().contains("did not finish within") && e.getMessage().contains("waiting"),
                e.getMessage());
    }
}
