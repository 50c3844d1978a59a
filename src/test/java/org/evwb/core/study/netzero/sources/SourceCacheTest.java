package org.evwb.core.study.netzero.sources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.study.netzero.NetzeroChecker;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.cache.SourceCache;
import org.evwb.core.study.netzero.traffic.SumoException;
import org.evwb.core.study.netzero.traffic.SumoRunner;
import org.evwb.core.study.netzero.traffic.SumoTraffic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SUMO's traces and forecasts cached through {@code buildInstance} as a run builds it, with SUMO stood in for by a
 * counting runner (it writes floating-car data for every vehicle of the scenario): a second build does not run SUMO,
 * not even in a new process (a fresh cache on the same folder), a changed input misses, a corrupt file is rebuilt
 * without an error, the folder stays within its bound, and {@code isCached} says which builds would be fast.
 */
class SourceCacheTest {

    private static final Project SAMPLE = ClasspathSamples.load(NetzeroStudy.SAMPLE);
    private static final Pattern VEHICLE = Pattern.compile("<vehicle id=\"([^\"]+)\"");

    @TempDir
    Path dir;

    /** Stands in for netconvert and sumo: counts runs, writes an empty network and a two-sample FCD per vehicle. */
    static final class CountingRunner implements SumoRunner {
        final List<String> runs = new ArrayList<>();

        @Override
        public void run(List<String> command, Path workDir, Path log, Duration timeLimit, RunContext ctx)
                throws SumoException {
            String program = Path.of(command.get(0)).getFileName().toString();
            runs.add(program);
            try {
                if (program.equals("netconvert")) {
                    Files.writeString(Path.of(arg(command, "--output-file")), "<net/>");
                    return;
                }
                String routes = Files.readString(Path.of(arg(command, "--route-files")));
                StringBuilder fcd = new StringBuilder("<fcd-export>\n");
                for (int t = 0; t <= 1; t++) {
                    fcd.append("<timestep time=\"").append(t * 60).append(".00\">\n");
                    Matcher m = VEHICLE.matcher(routes);
                    int k = 0;
                    while (m.find()) {
                        double speed = 15 + (k++ % 7);
                        fcd.append("<vehicle id=\"").append(m.group(1)).append("\" speed=\"").append(speed)
                                .append("\" pos=\"0\" distance=\"").append(t * 60 * speed).append("\"/>\n");
                    }
                    fcd.append("</timestep>\n");
                }
                Files.writeString(Path.of(arg(command, "--fcd-output")), fcd.append("</fcd-export>\n"));
            } catch (IOException e) {
                throw new SumoException("fake SUMO: " + e.getMessage(), e);
            }
        }

        private static String arg(List<String> command, String name) {
            return command.get(command.indexOf(name) + 1);
        }
    }

    private Map<String, String> fakeSumoHome() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("sumo/bin"));
        for (String name : List.of("sumo", "netconvert")) {
            Path f = bin.resolve(name);
            Files.writeString(f, "#!/bin/sh\nexit 1\n"); // never run: the runner stands in
            assertTrue(f.toFile().setExecutable(true));
        }
        return Map.of("SUMO_HOME", dir.resolve("sumo").toString(), "PATH", "");
    }

    private static StudyConfig config(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>(SAMPLE.studyConfig(NetzeroStudy.ID).orElseThrow().parameters());
        m.put("speedSource", "sumo");
        m.put("fleetSize", 40);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new StudyConfig("netzero-road", NetzeroStudy.ID, null, m);
    }

    private static double[] consumption(NetzeroInstance in) {
        return in.evs().stream().mapToDouble(NetzeroEv::consumptionKWh).toArray();
    }

    private static NetzeroInstance build(StandardSources sources, StudyConfig c, List<String> messages)
            throws Exception {
        Project p = SAMPLE.withStudies(List.of(c));
        RunContext ctx = new RunContext(1, null, new RunListener() {
            @Override
            public void onProgress(double fraction, String message) {
                messages.add(message);
            }
        });
        NetzeroInstance in = new NetzeroStudy(sources).buildInstance(p, c, ctx);
        var spec = new NetzeroStudy(sources).solver("milp").orElseThrow();
        assertEquals(List.of(), new NetzeroChecker().check(in, spec.create(spec.defaults()).solve(in,
                RunContext.of(1))));
        return in;
    }

    private List<Path> files() throws IOException {
        Path cache = dir.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cache)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aSecondSumoBuildReadsTheCacheAChangedInputMissesAndACorruptFileIsRebuilt() throws Exception {
        Map<String, String> env = fakeSumoHome();
        CountingRunner runner = new CountingRunner();
        Path cacheDir = dir.resolve("cache");
        StandardSources first = new StandardSources(env, SumoTraffic.Options.DEFAULT, runner,
                new SourceCache(cacheDir, SourceCache.DEFAULT_MAX_BYTES));
        StudyConfig c = config();
        Project p = SAMPLE.withStudies(List.of(c));
        NetzeroParameters params = new NetzeroStudy(first).parameters().from(p, c);
        NetzeroStudy study = new NetzeroStudy(first);
        assertFalse(first.isCached(study, p, params), "nothing built yet");
        List<String> messages = new ArrayList<>();
        NetzeroInstance a = build(first, c, messages);
        assertEquals(List.of("netconvert", "sumo"), runner.runs);
        assertTrue(first.isCached(study, p, params));
        assertTrue(study.sourcesCached(p, c), "the study asks its sources");
        assertEquals(1, files().size(), "one entry on disk: " + files());
        assertFalse(files().get(0).getFileName().toString().endsWith(".tmp"));

        NetzeroInstance b = build(first, c, messages);
        assertEquals(2, runner.runs.size(), "the same process reads its memory: " + runner.runs);
        assertArrayEquals(consumption(a), consumption(b), "the cached traces give the same instance");

        // a new process: a fresh cache on the same folder
        StandardSources second = new StandardSources(env, SumoTraffic.Options.DEFAULT, runner,
                new SourceCache(cacheDir, SourceCache.DEFAULT_MAX_BYTES));
        assertTrue(second.isCached(study, p, params), "found on disk");
        messages.clear();
        assertArrayEquals(consumption(a), consumption(build(second, c, messages)));
        assertEquals(2, runner.runs.size(), "read from disk, SUMO not run: " + runner.runs);
        assertTrue(messages.stream().anyMatch(m -> m.contains("from the cache")), String.valueOf(messages));

        // a changed input (another fleet seed) misses
        build(second, config("fleetSeed", 99L), new ArrayList<>());
        assertEquals(4, runner.runs.size(), "another fleet runs SUMO: " + runner.runs);

        // a corrupt entry is a miss, rebuilt without an error
        for (Path f : files()) {
            byte[] bytes = Files.readAllBytes(f);
            bytes[bytes.length / 2] ^= 0x5a;
            Files.write(f, bytes);
        }
        Files.writeString(files().get(0), "not a cache entry", StandardCharsets.UTF_8);
        StandardSources third = new StandardSources(env, SumoTraffic.Options.DEFAULT, runner,
                new SourceCache(cacheDir, SourceCache.DEFAULT_MAX_BYTES));
        assertFalse(third.isCached(study, p, params), "a corrupt file is not an entry");
        assertArrayEquals(consumption(a), consumption(build(third, c, new ArrayList<>())));
        assertEquals(6, runner.runs.size(), "rebuilt: " + runner.runs);
        assertTrue(new StandardSources(env, SumoTraffic.Options.DEFAULT, runner,
                new SourceCache(cacheDir, SourceCache.DEFAULT_MAX_BYTES)).isCached(study, p, params),
                "the rebuilt entry replaced the corrupt file");
    }

    @Test
    void aForecastIsTrainedOnceAndTheFolderStaysWithinItsBound() throws Exception {
        Path cacheDir = dir.resolve("cache");
        StudyConfig c = config("speedSource", "built_in", "supplySource", "forecast");
        Project p = SAMPLE.withStudies(List.of(c));
        StandardSources first = new StandardSources(Map.of(), SumoTraffic.Options.DEFAULT, SumoRunner.PROCESSES,
                new SourceCache(cacheDir, SourceCache.DEFAULT_MAX_BYTES));
        NetzeroStudy study = new NetzeroStudy(first);
        NetzeroParameters params = study.parameters().from(p, c);
        assertFalse(first.isCached(study, p, params));
        List<String> messages = new ArrayList<>();
        NetzeroInstance a = build(first, c, messages);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("training")), String.valueOf(messages));
        StandardSources second = new StandardSources(Map.of(), SumoTraffic.Options.DEFAULT, SumoRunner.PROCESSES,
                new SourceCache(cacheDir, SourceCache.DEFAULT_MAX_BYTES));
        assertTrue(second.isCached(study, p, params));
        messages.clear();
        NetzeroInstance b = build(second, c, messages);
        assertTrue(messages.stream().noneMatch(m -> m.startsWith("training")), "not trained again: " + messages);
        assertEquals(a.renewableKWh(), b.renewableKWh(), 0, "the cached forecast gives the same supply");
        assertFalse(second.isCached(study, p, study.parameters().from(p, config("speedSource", "built_in",
                "supplySource", "forecast", "weatherSeed", 77L))), "another weather year misses");

        // bounded: a cache of 100 kB keeps the newest entries of ~30 kB each
        SourceCache small = new SourceCache(dir.resolve("small"), 100_000);
        SourceCache.Codec<byte[]> raw = new SourceCache.Codec<>() {
            @Override
            public void write(byte[] v, java.io.DataOutputStream out) throws IOException {
                out.writeInt(v.length);
                out.write(v);
            }

            @Override
            public byte[] read(java.io.DataInputStream in) throws IOException {
                return in.readNBytes(in.readInt());
            }
        };
        for (int k = 0; k < 10; k++) {
            small.put("blob", SourceCache.key("entry " + k), new byte[30_000], raw);
            Files.setLastModifiedTime(small.dir().orElseThrow().resolve("blob-" + SourceCache.key("entry " + k)
                    + ".bin"), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (k + 1)));
        }
        long total = 0;
        try (Stream<Path> s = Files.list(dir.resolve("small"))) {
            for (Path f : s.toList()) {
                total += Files.size(f);
            }
        }
        assertTrue(total <= 100_000, "the folder holds " + total + " bytes");
        SourceCache fresh = new SourceCache(dir.resolve("small"), 100_000);
        assertTrue(fresh.contains("blob", SourceCache.key("entry 9"), raw), "the newest kept");
        assertFalse(fresh.contains("blob", SourceCache.key("entry 0"), raw), "the oldest evicted");
    }

    @Test
    void anFcdFileIsReadOncePerContentAndAChangedFileMisses() throws Exception {
        Path cacheDir = dir.resolve("cache");
        StandardSources sources = new StandardSources(Map.of(), SumoTraffic.Options.DEFAULT, SumoRunner.PROCESSES,
                new SourceCache(cacheDir, SourceCache.DEFAULT_MAX_BYTES));
        Path fcd = dir.resolve("fcd.csv");
        StudyConfig c = config("speedSource", "fcd", "fcdFile", fcd.toString(), "fleetSize", 10);
        StudyConfig plain = config("speedSource", "built_in", "fleetSize", 10);
        NetzeroInstance builtIn = new NetzeroStudy().buildInstance(SAMPLE.withStudies(List.of(plain)), plain);
        StringBuilder csv = new StringBuilder("id,time,speed,pos\n");
        for (NetzeroEv ev : builtIn.evs()) {
            csv.append(ev.id()).append(",0,20,0\n").append(ev.id()).append(",60,20,1200\n");
        }
        Files.writeString(fcd, csv);
        NetzeroInstance a = build(sources, c, new ArrayList<>());
        assertEquals(1, files().size(), "the file's traces are cached: " + files());
        assertArrayEquals(consumption(a), consumption(build(new StandardSources(Map.of(), SumoTraffic.Options.DEFAULT,
                SumoRunner.PROCESSES, new SourceCache(cacheDir, SourceCache.DEFAULT_MAX_BYTES)), c,
                new ArrayList<>())), "read back from the cache: the same instance");
        Files.writeString(fcd, csv.toString().replace(",60,20,1200", ",60,10,600")); // slower: another file
        NetzeroInstance b = build(sources, c, new ArrayList<>());
        assertEquals(2, files().size(), "a changed file is a new entry");
        assertTrue(b.evs().get(0).consumptionKWh() != a.evs().get(0).consumptionKWh(), "and new profiles");
    }
}
