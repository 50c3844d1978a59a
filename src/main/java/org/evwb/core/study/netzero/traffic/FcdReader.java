package org.evwb.core.study.netzero.traffic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evwb.core.project.Problem;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.RunContext;

/**
 * Reads floating-car data: SUMO's FCD XML ({@code <fcd-export><timestep time=".."><vehicle id=".." speed=".."
 * pos=".." [distance=".."]/>}) or a CSV file with a header naming the vehicle id, time, speed and position columns
 * (SUMO's own {@code xml2csv} names — {@code timestep_time;vehicle_id;vehicle_speed;vehicle_pos} — or plain
 * {@code id,time,speed,pos}; comma or semicolon). Speeds m/s, positions m, times s.
 *
 * <p>The travelled distance is the {@code distance} attribute (SUMO's odometer, written with
 * {@code --fcd-output.distance}) when present, else the lane position; where the position falls back (the vehicle
 * entered the next edge) the step adds the mean of the two speeds times the step, so multi-edge files read too.
 *
 * <p>Every malformed sample is reported with its line (XML) or row (CSV) and what to fix; nothing is dropped
 * silently: a file with any problem is refused whole, with up to {@value #MAX_PROBLEMS} problems listed.
 */
public final class FcdReader {

    static final int MAX_PROBLEMS = 20;

    /** Reads a file, XML or CSV by its first non-blank character. */
    public Map<String, FcdTrace> read(Path file, RunContext ctx) throws IOException, ProjectFileException {
        boolean xml;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            do {
                c = r.read();
            } while (c >= 0 && (Character.isWhitespace(c) || c == 0xFEFF));
            xml = c == '<';
        }
        if (xml) {
            try (InputStream in = Files.newInputStream(file)) {
                return readXml(in, file.getFileName().toString(), ctx);
            }
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(in, file.getFileName().toString(), ctx);
        }
    }

    /** Reads SUMO FCD XML. */
    public Map<String, FcdTrace> readXml(InputStream in, String source, RunContext ctx) throws ProjectFileException {
        Collector col = new Collector(source);
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        double time = Double.NaN;
        int line = 0;
        try {
            XMLStreamReader x = f.createXMLStreamReader(in);
            boolean root = false;
            int n = 0;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                line = x.getLocation().getLineNumber();
                String name = x.getLocalName();
                if (!root) {
                    root = true;
                    if (!name.equals("fcd-export")) {
                        col.problem("line " + line, "the root element is <" + name + ">, not <fcd-export>: this is"
                                + " not a SUMO FCD file (write one with sumo --fcd-output FILE)");
                        break;
                    }
                    continue;
                }
                if (name.equals("timestep")) {
                    time = col.number(x.getAttributeValue(null, "time"), "line " + line, "timestep time");
                } else if (name.equals("vehicle")) {
                    if ((++n & 0x3fff) == 0 && ctx != null) {
                        ctx.checkCancelled();
                    }
                    String where = "line " + line;
                    if (Double.isNaN(time)) {
                        col.problem(where, "a <vehicle> outside a <timestep time=\"…\">");
                        continue;
                    }
                    String dist = x.getAttributeValue(null, "distance");
                    col.sample(x.getAttributeValue(null, "id"), time,
                            x.getAttributeValue(null, "speed"),
                            dist != null ? dist : x.getAttributeValue(null, "pos"), dist != null, where, line);
                }
            }
            x.close();
        } catch (XMLStreamException e) {
            col.problem("line " + (e.getLocation() != null ? e.getLocation().getLineNumber() : line),
                    "not well-formed XML: " + e.getMessage().replaceAll("\\s+", " "));
        }
        return col.finish();
    }

    /** Reads FCD CSV with a header row. */
    public Map<String, FcdTrace> readCsv(Reader in, String source, RunContext ctx)
            throws IOException, ProjectFileException {
        Collector col = new Collector(source);
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String header = r.readLine();
        if (header == null) {
            throw new ProjectFileException(source, "row 1", "the file is empty; an FCD CSV needs a header row "
                    + "naming the id, time, speed and pos columns");
        }
        header = header.replace("\uFEFF", "");
        String sep = header.contains(";") ? ";" : ",";
        String[] names = header.split(sep, -1);
        int id = column(names, "vehicle_id", "id");
        int time = column(names, "timestep_time", "time");
        int speed = column(names, "vehicle_speed", "speed");
        int odo = column(names, "vehicle_distance", "distance");
        int pos = odo >= 0 ? odo : column(names, "vehicle_pos", "pos");
        List<String> missing = new ArrayList<>();
        if (id < 0) {
            missing.add("vehicle id (vehicle_id or id)");
        }
        if (time < 0) {
            missing.add("time (timestep_time or time)");
        }
        if (speed < 0) {
            missing.add("speed (vehicle_speed or speed, m/s)");
        }
        if (pos < 0) {
            missing.add("position (vehicle_pos, pos, vehicle_distance or distance, m)");
        }
        if (!missing.isEmpty()) {
            throw new ProjectFileException(source, "row 1", "the header \"" + header + "\" lacks the column(s) "
                    + String.join(", ", missing));
        }
        String line;
        int row = 1;
        while ((line = r.readLine()) != null) {
            row++;
            if ((row & 0x3fff) == 0 && ctx != null) {
                ctx.checkCancelled();
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(sep, -1);
            String where = "row " + row;
            if (f.length < names.length) {
                col.problem(where, "has " + f.length + " fields, the header names " + names.length);
                continue;
            }
            if (f[id].isBlank() && f[time].isBlank()) {
                continue; // xml2csv writes a row per empty timestep
            }
            double t = col.number(f[time], where, "time");
            if (!Double.isNaN(t)) {
                col.sample(f[id], t, f[speed], f[pos], odo >= 0, where, row);
            }
        }
        return col.finish();
    }

    private static int column(String[] names, String a, String b) {
        for (int i = 0; i < names.length; i++) {
            String n = names[i].trim().toLowerCase(Locale.ROOT);
            if (n.equals(a) || n.equals(b)) {
                return i;
            }
        }
        return -1;
    }

    /** Gathers samples per vehicle and the problems met. */
    private static final class Collector {
        private final String source;
        private final List<Problem> problems = new ArrayList<>();
        private int more;
        private final Map<String, Builder> vehicles = new LinkedHashMap<>();

        Collector(String source) {
            this.source = source;
        }

        void problem(String where, String message) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new Problem(where, message));
            } else {
                more++;
            }
        }

        double number(String text, String where, String field) {
            if (text == null || text.isBlank()) {
                problem(where, field + " is missing");
                return Double.NaN;
            }
            try {
                double v = Double.parseDouble(text.trim());
                if (!Double.isFinite(v)) {
                    problem(where, field + " is " + text.trim() + "; it must be a finite number");
                    return Double.NaN;
                }
                return v;
            } catch (NumberFormatException e) {
                problem(where, field + " \"" + text.trim() + "\" is not a number");
                return Double.NaN;
            }
        }

        void sample(String id, double time, String speedText, String posText, boolean odometer, String where,
                    int line) {
            if (id == null || id.isBlank()) {
                problem(where, "a sample without a vehicle id");
                return;
            }
            double v = number(speedText, where, "vehicle " + id + ": speed");
            double p = number(posText, where, "vehicle " + id + ": " + (odometer ? "distance" : "pos"));
            if (Double.isNaN(v) || Double.isNaN(p)) {
                return;
            }
            if (v < 0) {
                problem(where, "vehicle " + id + ": speed " + v + " m/s is negative");
                return;
            }
            Builder b = vehicles.computeIfAbsent(id.trim(), k -> new Builder(k, line));
            String err = b.add(time, p, v, odometer);
            if (err != null) {
                problem(where, "vehicle " + id + ": " + err);
            }
        }

        Map<String, FcdTrace> finish() throws ProjectFileException {
            if (problems.isEmpty() && vehicles.isEmpty()) {
                problem("file", "holds no vehicle samples");
            }
            if (!problems.isEmpty()) {
                if (more > 0) {
                    problems.add(new Problem("file", "… and " + more + " more problems"));
                }
                throw new ProjectFileException(source, problems);
            }
            Map<String, FcdTrace> out = new LinkedHashMap<>();
            vehicles.forEach((id, b) -> out.put(id, b.build()));
            return out;
        }
    }

    /** One vehicle's samples as they come. */
    private static final class Builder {
        private final String id;
        private final int firstLine;
        private double[] t = new double[64];
        private double[] d = new double[64];
        private double[] v = new double[64];
        private int n;
        private double lastPos;

        Builder(String id, int firstLine) {
            this.id = id;
            this.firstLine = firstLine;
        }

        String add(double time, double pos, double speed, boolean odometer) {
            double dist;
            if (n == 0) {
                dist = pos;
            } else {
                if (!(time > t[n - 1])) {
                    return "time " + time + " s does not follow its previous sample's " + t[n - 1] + " s";
                }
                double step = pos - lastPos;
                if (step < 0) {
                    if (odometer) {
                        return "distance " + pos + " m is below its previous sample's " + lastPos + " m";
                    }
                    step = (speed + v[n - 1]) / 2 * (time - t[n - 1]); // entered the next edge
                }
                dist = d[n - 1] + step;
            }
            if (n == t.length) {
                t = java.util.Arrays.copyOf(t, 2 * n);
                d = java.util.Arrays.copyOf(d, 2 * n);
                v = java.util.Arrays.copyOf(v, 2 * n);
            }
            t[n] = time;
            d[n] = dist;
            v[n] = speed;
            n++;
            lastPos = pos;
            return null;
        }

        FcdTrace build() {
            return new FcdTrace(id, java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(d, n),
                    java.util.Arrays.copyOf(v, n), firstLine);
        }
    }
}
