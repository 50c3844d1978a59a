package org.evwb.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.csv.VehicleCsvImport;

/**
 * Files at scale: a vehicle CSV import of N rows (read, checked against the project, added as one edit) and the
 * load + validation of a large valid project (the motorway A4 sample with M vehicles, about 48 MB at 459,000), with
 * wall time and the bytes the measuring thread allocated. Options: {@code --rows N} (200000), {@code --vehicles M}
 * (459000), {@code --samples DIR} (sample-projects), {@code --quick} (20,000 rows, 40,000 vehicles). Nothing is
 * asserted; the figures go to docs/benchmarks.md ("Files at scale").
 */
public final class FileBenchmarks {

    private FileBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    /** Runs both measurements and prints them to {@code out}. */
    public static void run(List<String> args, PrintWriter out) throws Exception {
        boolean quick = args.contains("--quick");
        int rows = Integer.parseInt(option(args, "--rows", quick ? "20000" : "200000"));
        int vehicles = Integer.parseInt(option(args, "--vehicles", quick ? "40000" : "459000"));
        Path samples = Path.of(option(args, "--samples", "sample-projects"));
        ProjectIO io = new ProjectIO();
        Project a4 = io.load(samples.resolve("motorway-a4.evwb.json"));
        Path dir = Files.createTempDirectory("evwb-file-bench");
        try {
            importCsv(a4, rows, dir, out);
            loadLarge(io, a4, vehicles, dir, out);
        } finally {
            try (var s = Files.list(dir)) {
                for (Path f : s.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void importCsv(Project a4, int rows, Path dir, PrintWriter out) throws Exception {
        StringBuilder csv = new StringBuilder("id,name,typeId,lon,lat,socKWh,speedKmh,motorwayId,entryNodeId,"
                + "exitNodeId,arrivalMin\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format(Locale.ROOT, "imp%d,Imported %d,imiev,%.4f,50.26,%.1f,90,a4,n01,n18,%d%n", i,
                    i, 19.0 + (i % 1000) / 10000.0, 2 + (i % 100) / 10.0, i % 600));
        }
        Path file = dir.resolve("vehicles.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        VehicleCsvImport importer = new VehicleCsvImport();
        importer.read(file, a4); // warm-up
        for (int run = 1; run <= 3; run++) {
            long bytes0 = allocated();
            long t0 = System.nanoTime();
            List<Vehicle> vs = importer.read(file, a4);
            Project after = VehicleCsvImport.edit(vs).apply(a4);
            double s = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "csv import: %,d rows (%.1f MB) read, checked and added in %.2f s, %.0f MB "
                    + "allocated; the project has %,d vehicles (run %d)%n", rows, Files.size(file) / 1e6, s,
                    (allocated() - bytes0) / 1e6, after.fleet().vehicles().size(), run);
        }
    }

    private static void loadLarge(ProjectIO io, Project a4, int vehicles, Path dir, PrintWriter out)
            throws Exception {
        List<Vehicle> all = new ArrayList<>(vehicles);
        for (int i = 0; i < vehicles; i++) {
            // id, type, position and charge, the shape of the 48 MB project the reliability test validated
            all.add(new Vehicle("v" + i, null, "imiev", new GeoPoint(19.0 + (i % 1000) / 10000.0, 50.26),
                    2 + (i % 100) / 10.0, 0, null, null));
        }
        Project big = new Project(a4.format(), a4.version(), a4.name(), a4.description(), a4.currencyLabel(),
                a4.basemap(), a4.infrastructure(), new Fleet(a4.fleet().vehicleTypes(), all), a4.timeSeries(),
                a4.generators(), a4.studies());
        Path file = dir.resolve("large.evwb.json");
        // written without indentation, as a tool would export it (indented, 459,000 vehicles pass the 50 MB cap)
        Files.write(file, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(
                io.mapper().readTree(io.toJson(big))));
        io.load(file); // warm-up
        for (int run = 1; run <= 3; run++) {
            long bytes0 = allocated();
            long t0 = System.nanoTime();
            Project p = io.load(file);
            double s = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "project load + validation: %,d vehicles, %.1f MB, in %.2f s, %.0f MB allocated "
                    + "(run %d, %d vehicles read)%n", vehicles, Files.size(file) / 1e6, s,
                    (allocated() - bytes0) / 1e6, run, p.fleet().vehicles().size());
        }
    }

    /** Bytes allocated by this thread so far (HotSpot's thread MX bean). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
