package org.evwb.core.project.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Entity;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectValidator;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.MotorwayTrip;
import org.evwb.core.project.edit.AddEntities;
import org.evwb.core.project.edit.Edit;

/**
 * Imports vehicles from CSV. Columns (header row, any order; optional ones may be absent or left empty):
 * {@code id, name, typeId, lon, lat, socKWh, speedKmh, targetSocKWh, motorwayId, entryNodeId, exitNodeId, arrivalMin}.
 * A trip needs all four of its columns. The vehicles are checked against the project they join (types, motorways,
 * nodes, capacities, ids unique), with the same rules as a project file, and every problem names the row and column.
 */
public final class VehicleCsvImport {

    static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.required("id", "", null),
            CsvColumn.optional("name", "", null),
            CsvColumn.required("typeId", "the id of a vehicle type of the project", null),
            CsvColumn.required("lon", "degrees of longitude, -180…180", null),
            CsvColumn.required("lat", "degrees of latitude, -90…90", null),
            CsvColumn.required("socKWh", "kWh of energy stored (not Wh, not %)", "soc"),
            CsvColumn.optional("speedKmh", "km/h", "speed"),
            CsvColumn.optional("targetSocKWh", "kWh of energy wanted at the end (not Wh, not %)", "targetsoc"),
            CsvColumn.optional("motorwayId", "", null),
            CsvColumn.optional("entryNodeId", "", null),
            CsvColumn.optional("exitNodeId", "", null),
            CsvColumn.optional("arrivalMin", "minutes from the scenario start", "arrival"));

    private static final List<String> TRIP = List.of("motorwayId", "entryNodeId", "exitNodeId", "arrivalMin");
    private static final Pattern VEHICLE_PATH = Pattern.compile("\\$\\.fleet\\.vehicles\\[(\\d+)]\\.?([\\w.]*)");

    private final ProjectValidator validator = new ProjectValidator();

    /** Reads and checks the vehicles of a CSV file against {@code project}. */
    public List<Vehicle> read(Path file, Project project) throws ProjectFileException {
        return read(file, project, ImportProgress.NONE);
    }

    /**
     * The same, reporting progress and stopping when asked (time linear in the rows: 200,000 take seconds, see
     * docs/benchmarks.md); a stop throws {@link java.util.concurrent.CancellationException}.
     */
    public List<Vehicle> read(Path file, Project project, ImportProgress progress) throws ProjectFileException {
        return read(CsvTable.read(file, progress), project, progress);
    }

    /** The same for CSV bytes; {@code source} names the file in messages. */
    public List<Vehicle> read(byte[] csv, String source, Project project) throws ProjectFileException {
        return read(CsvTable.parse(csv, source), project, ImportProgress.NONE);
    }

    /** An undoable edit that adds the imported vehicles to the project. */
    public static Edit edit(List<Vehicle> vehicles) {
        return new AddEntities(new ArrayList<Entity>(vehicles));
    }

    private List<Vehicle> read(CsvTable t, Project project, ImportProgress progress) throws ProjectFileException {
        List<Problem> problems = new ArrayList<>();
        t.checkHeader(COLUMNS, problems);
        if (!problems.isEmpty()) {
            throw new ProjectFileException(t.source(), problems);
        }
        boolean hasTrip = TRIP.stream().anyMatch(c -> t.column(c) >= 0);
        if (hasTrip) {
            for (String c : TRIP) {
                if (t.column(c) < 0) {
                    problems.add(new Problem(t.where(1, null), "the column '" + c + "' is missing; a trip needs all "
                            + "of " + String.join(", ", TRIP) + " (or none of them)"));
                }
            }
            if (!problems.isEmpty()) {
                throw new ProjectFileException(t.source(), problems);
            }
        }
        if (t.rows().isEmpty()) {
            throw new ProjectFileException(t.source(), t.where(2, null), "no vehicles: the file has a header row "
                    + "but no data rows");
        }
        List<Vehicle> vehicles = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        int n = t.rows().size();
        for (int i = 0; i < n; i++) {
            CsvTable.Row row = t.rows().get(i);
            if (i % 4096 == 0) {
                progress.checkStop();
                progress.report(0.8 * i / n, "reading vehicle " + (i + 1) + " of " + n);
            }
            Vehicle v = vehicle(t, row, hasTrip, problems);
            if (v != null) {
                vehicles.add(v);
                rowNumbers.add(row.number());
            }
        }
        if (problems.isEmpty()) {
            progress.checkStop();
            progress.report(0.8, "checking " + n + " vehicles against the project");
            checkAgainst(project, vehicles, rowNumbers, t, problems);
            progress.checkStop();
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(t.source(), problems);
        }
        return List.copyOf(vehicles);
    }

    private static Vehicle vehicle(CsvTable t, CsvTable.Row row, boolean hasTrip, List<Problem> out) {
        int before = out.size();
        String id = text(t, row, "id", true, out);
        String typeId = text(t, row, "typeId", true, out);
        Double lon = t.number(row, "lon", "degrees", out);
        Double lat = t.number(row, "lat", "degrees", out);
        Double soc = t.number(row, "socKWh", "kWh", out);
        Double speed = optionalNumber(t, row, "speedKmh", "km/h", out);
        Double target = optionalNumber(t, row, "targetSocKWh", "kWh", out);
        MotorwayTrip trip = null;
        if (hasTrip) {
            List<String> cells = TRIP.stream().map(c -> row.cell(t.column(c))).toList();
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                String mw = text(t, row, "motorwayId", true, out);
                String entry = text(t, row, "entryNodeId", true, out);
                String exit = text(t, row, "exitNodeId", true, out);
                Double arrival = t.number(row, "arrivalMin", "minutes", out);
                if (arrival != null) {
                    trip = new MotorwayTrip(mw, entry, exit, arrival);
                }
            }
        }
        if (out.size() > before) {
            return null;
        }
        String name = row.cell(t.column("name"));
        return new Vehicle(id, name.isEmpty() ? null : name, typeId, new GeoPoint(lon, lat), soc,
                speed == null ? 0 : speed, target, trip);
    }

    private static String text(CsvTable t, CsvTable.Row row, String column, boolean required, List<Problem> out) {
        String v = row.cell(t.column(column));
        if (v.isEmpty() && required) {
            out.add(new Problem(t.where(row.number(), column), "empty; every row needs its " + column
                    + (column.equals("id") ? " (unique among the vehicles)" : "")
                    + (column.endsWith("NodeId") || column.equals("motorwayId") || column.equals("arrivalMin")
                    ? " when the row has a trip (leave all four trip cells empty for none)" : "")));
            return null;
        }
        return v;
    }

    private static Double optionalNumber(CsvTable t, CsvTable.Row row, String column, String unit, List<Problem> out) {
        if (t.column(column) < 0 || row.cell(t.column(column)).isEmpty()) {
            return null;
        }
        return t.number(row, column, unit, out);
    }

    /**
     * Runs the project's own validation with the vehicles added and translates problems about them from JSON paths
     * ({@code $.fleet.vehicles[12].trip.exitNodeId}) to rows and columns.
     */
    private void checkAgainst(Project project, List<Vehicle> vehicles, List<Integer> rowNumbers, CsvTable t,
                              List<Problem> out) {
        int existing = project.entities(EntityKind.VEHICLE).size();
        Project joined = appendUnchecked(project, vehicles);
        for (Problem p : validator.validate(joined)) {
            Matcher m = VEHICLE_PATH.matcher(p.path());
            if (!m.matches() || Integer.parseInt(m.group(1)) < existing) {
                continue; // a problem of the project itself, not of this file
            }
            int row = rowNumbers.get(Integer.parseInt(m.group(1)) - existing);
            String field = m.group(2);
            String column = switch (field) {
                case "position" -> "lon/lat";
                case "trip" -> "motorwayId";
                default -> field.startsWith("trip.") ? field.substring(5) : field;
            };
            String message = p.message().replace("[longitude -180…180, latitude -90…90] in degrees (GeoJSON order: "
                    + "longitude first)", "lon in -180…180 and lat in -90…90 degrees (are the columns swapped?)");
            out.add(new Problem(t.where(row, column.isEmpty() ? null : column), message));
        }
    }

    /**
     * Appends all at once (a copy per row made the import quadratic), without the duplicate-id refusal of
     * {@link Project#appendAll}, so duplicates reach the validator and are reported by row.
     */
    private static Project appendUnchecked(Project p, List<Vehicle> added) {
        List<Vehicle> all = new ArrayList<>(p.fleet().vehicles().size() + added.size());
        all.addAll(p.fleet().vehicles());
        all.addAll(added);
        return new Project(p.format(), p.version(), p.name(), p.description(), p.currencyLabel(), p.basemap(),
                p.infrastructure(), new org.evwb.core.project.Fleet(p.fleet().vehicleTypes(), all), p.timeSeries(),
                p.generators(), p.studies());
    }
}
