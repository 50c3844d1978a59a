package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.PvSource;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleCategory;
import org.evwb.core.project.VehicleType;
import org.evwb.core.project.WindSource;
import org.evwb.core.solve.StudyParameters;

/**
 * Builds a {@link NetzeroInstance} from a project: the vehicle types (Table VI values from the project), the fleet
 * (the project's vehicles, or {@code fleetSize} EVs drawn with the type shares), each EV's route length and distance
 * to its station (lognormal, SPEC's reading of "mean m, variance v"), its speed profile (a {@link SpeedProfileSource})
 * and its consumption, demand, supply and utility; the wind and PV sources' output in the solved hour (a
 * {@link RenewableSupply}, or a source's own output series).
 */
public final class NetzeroInstanceBuilder {

    private final StudyParameters<NetzeroParameters> parameters =
            StudyParameters.of(NetzeroStudy.ID, NetzeroParameters.DEFAULT);

    /**
     * Synthetic weather supplies by seed and scaling: a sweep builds hundreds of instances on one weather year, and
     * making the year is most of a small instance's build. Values are immutable; a few entries at most.
     */
    private final java.util.Map<java.util.List<Object>, WeatherSupply> synthetic =
            new java.util.concurrent.ConcurrentHashMap<>();

    public StudyParameters<NetzeroParameters> parameters() {
        return parameters;
    }

    public NetzeroInstance build(Project project, StudyConfig config) throws ProjectFileException {
        return buildWith(project, parameters.from(project, config), null, null);
    }

    /**
     * Builds with parameters given directly and, optionally, another speed-profile source (SUMO, an FCD file) and
     * another renewable supply (a forecast); null: the built-in model and the weather's actual output.
     */
    public NetzeroInstance buildWith(Project project, NetzeroParameters p, SpeedProfileSource profiles,
                                     RenewableSupply supply) throws ProjectFileException {
        String src = project.name().isBlank() ? "project" : project.name();
        List<Problem> problems = new ArrayList<>();
        List<VehicleType> projectTypes = project.fleet().vehicleTypes();
        List<VehicleSpec> types = new ArrayList<>();
        for (int i = 0; i < projectTypes.size(); i++) {
            types.add(spec(projectTypes.get(i), "$.fleet.vehicleTypes[" + i + "]", problems));
        }
        SpeedProfileSource speed = profiles != null ? profiles : BuiltInSpeedModel.of(p);
        Consumption model = Consumption.of(p);
        List<NetzeroEv> evs = p.fleetSize() > 0 ? drawFleet(p, types, speed, model)
                : projectFleet(project, p, types, speed, model, problems);
        if (evs.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("$.fleet.vehicles", "the netzero study needs vehicles (cars, buses, lorries); "
                    + "this project has none — add some, import a CSV, or set the study parameter fleetSize to draw "
                    + "N of them"));
        }
        RenewableSupply renewables = supply;
        if (renewables == null) {
            renewables = syntheticWeather(p) ? syntheticSupply(p) : null;
            if (renewables == null) {
                WeatherYear year = weather(project, p, problems);
                renewables = year == null ? null : WeatherSupply.of(year, p);
            }
        }
        List<RenewableSource> sources = renewables == null ? List.of()
                : sources(project, p, renewables, problems);
        Road road = Road.of(project);
        List<NetzeroStation> stations = stations(project, p, road, problems);
        if (!problems.isEmpty()) {
            throw new ProjectFileException(src, problems);
        }
        evs = placed(project, p, road, evs, stations);
        return new NetzeroInstance(p, types, evs, sources, stations.size(), renewables.description(),
                profiles != null ? "imported speed profiles" : "built-in model (" + (p.congestion() == 0
                        && p.laneChangesPerKm() == 0 ? "constant speed at the UK limit" : "congestion "
                        + p.congestion() + ", " + p.laneChangesPerKm() + " lane changes/km") + ")", stations);
    }

    /** The road the EVs drive: the project's first motorway as a polyline with chainages (null without one). */
    record Road(List<org.evwb.core.geo.GeoPoint> vertices, double[] chainageKm) {
        static Road of(Project project) {
            var ways = project.infrastructure().motorways();
            if (ways.isEmpty() || ways.get(0).nodes().isEmpty()) {
                return null;
            }
            var nodes = ways.get(0).nodes();
            return new Road(nodes.stream().map(org.evwb.core.project.MotorwayNode::position).toList(),
                    nodes.stream().mapToDouble(org.evwb.core.project.MotorwayNode::chainageKm).toArray());
        }

        double chainageOf(org.evwb.core.geo.GeoPoint p) {
            return org.evwb.core.geo.Chainage.project(p, vertices, chainageKm).chainageKm();
        }

        org.evwb.core.geo.GeoPoint at(double km) {
            return org.evwb.core.geo.Chainage.pointAt(km, vertices, chainageKm);
        }
    }

    /**
     * The stations EVs charge at: {@code stationCount} spread evenly along the road when it is set (and differs from
     * the project's), else the project's charging stations at their chainage (or their position projected on the
     * road), else one station half-way.
     */
    private static List<NetzeroStation> stations(Project project, NetzeroParameters p, Road road,
                                                 List<Problem> problems) {
        var cs = project.infrastructure().chargingStations();
        List<NetzeroStation> out = new ArrayList<>();
        if (p.stationCount() > 0 && p.stationCount() != cs.size() || cs.isEmpty()) {
            int n = Math.max(1, p.stationCount());
            for (int k = 0; k < n; k++) {
                double km = p.roadLengthKm() * (k + 0.5) / n;
                out.add(new NetzeroStation("station-" + (k + 1), km, road == null ? null : road.at(km)));
            }
            return out;
        }
        for (int k = 0; k < cs.size(); k++) {
            var c = cs.get(k);
            Double km = c.chainageKm();
            if (km == null && road != null && c.position() != null) {
                km = road.chainageOf(c.position());
            }
            if (km == null) {
                problems.add(new Problem("$.infrastructure.chargingStations[" + k + "].chainageKm", "station "
                        + c.id() + " has no chainage and the project no road to place it on: give its chainageKm"));
                continue;
            }
            out.add(new NetzeroStation(c.id(), km, c.position()));
        }
        return out;
    }

    /**
     * Each EV placed on the road (its vehicle's position projected on the road; a drawn fleet, or a vehicle without
     * a position or road, spread evenly in fleet order) and given its station ({@link NetzeroStation#assign}).
     */
    private static List<NetzeroEv> placed(Project project, NetzeroParameters p, Road road, List<NetzeroEv> evs,
                                          List<NetzeroStation> stations) {
        java.util.Map<String, org.evwb.core.geo.GeoPoint> at = new java.util.HashMap<>();
        if (p.fleetSize() == 0 && road != null) {
            project.fleet().vehicles().forEach(v -> {
                if (v.position() != null) {
                    at.put(v.id(), v.position());
                }
            });
        }
        List<NetzeroEv> out = new ArrayList<>(evs.size());
        for (int i = 0; i < evs.size(); i++) {
            NetzeroEv ev = evs.get(i);
            var pos = at.get(ev.id());
            double km = pos != null ? road.chainageOf(pos) : p.roadLengthKm() * (i + 0.5) / evs.size();
            out.add(ev.atStation(km, NetzeroStation.assign(km, ev.stationDistanceKm(), p.roadLengthKm(), stations)));
        }
        return out;
    }

    private static VehicleSpec spec(VehicleType t, String path, List<Problem> problems) {
        VehicleSpec.Category c = switch (t.category() == null ? VehicleCategory.OTHER : t.category()) {
            case CAR -> VehicleSpec.Category.CAR;
            case BUS -> VehicleSpec.Category.BUS;
            case LORRY -> VehicleSpec.Category.LORRY;
            default -> null;
        };
        if (c == null) {
            problems.add(new Problem(path + ".category", "vehicle type " + t.id() + " has category "
                    + t.category() + "; the netzero study knows car, bus and lorry (Table VI)"));
            c = VehicleSpec.Category.CAR;
        }
        return new VehicleSpec(t.id(), c, t.massKg(), t.frontalAreaM2(), t.dragCoefficient(),
                t.rollingResistance(), t.wheelRadiusM(), t.gearRatio(), t.motorPowerKW(), t.batteryCapacityKWh());
    }

    private static List<NetzeroEv> projectFleet(Project project, NetzeroParameters p, List<VehicleSpec> types,
                                                SpeedProfileSource speed, Consumption model,
                                                List<Problem> problems) {
        List<NetzeroEv> evs = new ArrayList<>();
        List<Vehicle> vs = project.fleet().vehicles();
        for (int i = 0; i < vs.size(); i++) {
            Vehicle v = vs.get(i);
            String path = "$.fleet.vehicles[" + i + "]";
            int type = indexOfType(types, v.typeId());
            if (type < 0) {
                problems.add(new Problem(path + ".typeId", "vehicle " + v.id() + " names type \"" + v.typeId()
                        + "\", which the project does not define"));
                continue;
            }
            VehicleSpec spec = types.get(type);
            if (!(v.socKWh() >= 0) || v.socKWh() > spec.batteryKWh() + 1e-9) {
                problems.add(new Problem(path + ".socKWh", "vehicle " + v.id() + " holds " + v.socKWh()
                        + " kWh, outside 0–" + spec.batteryKWh() + " kWh (its type's battery)"));
                continue;
            }
            evs.add(ev(v.id(), i, type, spec, v.socKWh(), v.speedKmh() > 0 ? v.speedKmh() : spec.limitKmh(p), p,
                    speed, model));
        }
        return evs;
    }

    /** N EVs by the type shares, SOC_c = BC·U(initialChargeMinShare, 1) (SPEC decision), seeded. */
    static List<NetzeroEv> drawFleet(NetzeroParameters p, List<VehicleSpec> projectTypes, SpeedProfileSource speed,
                                     Consumption model) {
        List<VehicleSpec> types = new ArrayList<>(projectTypes);
        int[] byCategory = new int[3];
        for (VehicleSpec.Category c : VehicleSpec.Category.values()) {
            int k = -1;
            for (int t = 0; t < types.size(); t++) {
                if (types.get(t).category() == c) {
                    k = t;
                    break;
                }
            }
            if (k < 0) { // the project lacks this type: Table VI's
                types.add(switch (c) {
                    case CAR -> VehicleSpec.CAR;
                    case BUS -> VehicleSpec.BUS;
                    case LORRY -> VehicleSpec.LORRY;
                });
                k = types.size() - 1;
            }
            byCategory[c.ordinal()] = k;
        }
        projectTypes.clear();
        projectTypes.addAll(types);
        SplittableRandom rnd = new SplittableRandom(p.fleetSeed() ^ 0x6e65747a65726fL);
        List<NetzeroEv> evs = new ArrayList<>();
        for (int i = 0; i < p.fleetSize(); i++) {
            double u = rnd.nextDouble();
            VehicleSpec.Category c = u < p.carShare() ? VehicleSpec.Category.CAR
                    : u < p.carShare() + p.busShare() ? VehicleSpec.Category.BUS : VehicleSpec.Category.LORRY;
            int type = byCategory[c.ordinal()];
            VehicleSpec spec = types.get(type);
            double soc = spec.batteryKWh() * (p.initialChargeMinShare()
                    + (1 - p.initialChargeMinShare()) * rnd.nextDouble());
            evs.add(ev(String.format("%s%04d", spec.typeId(), i + 1), i, type, spec, soc, spec.limitKmh(p), p, speed,
                    model));
        }
        return evs;
    }

    private static NetzeroEv ev(String id, int index, int type, VehicleSpec spec, double soc, double limitKmh,
                                NetzeroParameters p, SpeedProfileSource speed, Consumption model) {
        // one stream per EV from the instance seed and its index: an EV's draws do not depend on the others
        SplittableRandom r = new SplittableRandom(mix(p.fleetSeed(), index));
        double route = lognormal(r, p.routeMeanKm(), p.routeVarianceKm2());
        double station = lognormal(r, p.stationDistanceMeanKm(), p.stationDistanceVarianceKm2());
        SpeedProfile profile = speed.profile(new SpeedProfileSource.EvRequest(id, index, spec.category(), limitKmh),
                route, r.nextLong());
        return NetzeroEv.of(id, type, spec, soc, route, station, profile, p, model);
    }

    static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A lognormal draw with the lognormal's own mean and variance (SPEC decision): σ² = ln(1 + v/m²),
     * μ = ln m − σ²/2.
     */
    static double lognormal(SplittableRandom r, double mean, double variance) {
        double s2 = Math.log(1 + variance / (mean * mean));
        double mu = Math.log(mean) - s2 / 2;
        double u = 1 - r.nextDouble();
        double z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
        return Math.exp(mu + Math.sqrt(s2) * z);
    }

    private static int indexOfType(List<VehicleSpec> types, String id) {
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).typeId().equals(id)) {
                return t;
            }
        }
        return -1;
    }

    /** The weather year the parameters name: the imported series, or the synthetic year. */
    public WeatherYear weatherYear(Project project, NetzeroParameters p) throws ProjectFileException {
        List<Problem> problems = new ArrayList<>();
        WeatherYear year = weather(project, p, problems);
        if (!problems.isEmpty() || year == null) {
            throw new ProjectFileException(project.name().isBlank() ? "project" : project.name(), problems);
        }
        return year;
    }

    private static boolean syntheticWeather(NetzeroParameters p) {
        return p.windSpeedSeriesId().isBlank() && p.irradianceSeriesId().isBlank()
                && p.temperatureSeriesId().isBlank();
    }

    private WeatherSupply syntheticSupply(NetzeroParameters p) {
        List<Object> key = List.of(p.weatherSeed(), p.renewableScaling(), p.windKWhPerSourceHour(),
                p.pvKWhPerSourceHour());
        if (synthetic.size() > 16) {
            synthetic.clear();
        }
        return synthetic.computeIfAbsent(key, k -> WeatherSupply.of(WeatherYear.synthetic(p.weatherSeed()), p));
    }

    /** The imported weather series when the parameters name them, else the synthetic year. */
    private static WeatherYear weather(Project project, NetzeroParameters p, List<Problem> problems) {
        String[] ids = {p.windSpeedSeriesId(), p.irradianceSeriesId(), p.temperatureSeriesId()};
        String[] names = {"windSpeedSeriesId", "irradianceSeriesId", "temperatureSeriesId"};
        boolean any = false;
        for (String id : ids) {
            any |= !id.isBlank();
        }
        if (!any) {
            return WeatherYear.synthetic(p.weatherSeed());
        }
        double[][] cols = new double[3][];
        for (int c = 0; c < 3; c++) {
            String path = "$.studies[?(@.study == 'netzero')].parameters." + names[c];
            if (ids[c].isBlank()) {
                problems.add(new Problem(path, "imported weather needs all three series (wind speed, irradiance, "
                        + "temperature); " + names[c] + " is empty"));
                continue;
            }
            int idx = indexOfSeries(project, ids[c]);
            if (idx < 0) {
                problems.add(new Problem(path, "no time series \"" + ids[c] + "\" in the project"));
                continue;
            }
            TimeSeries ts = project.timeSeries().get(idx);
            double[] v = ts.toArray();
            for (int h = 0; h < v.length; h++) {
                if (!Double.isFinite(v[h]) || (c < 2 && v[h] < 0)) {
                    problems.add(new Problem("$.timeSeries[" + idx + "].values[" + h + "]", "weather value " + v[h]
                            + " in series " + ts.id() + (c < 2 ? " must be a finite number >= 0" : " must be finite")));
                }
            }
            if (v.length <= p.hourOfYear()) {
                problems.add(new Problem("$.timeSeries[" + idx + "].values", "series " + ts.id() + " has "
                        + v.length + " hours; hourOfYear " + p.hourOfYear() + " needs at least "
                        + (p.hourOfYear() + 1)));
            }
            cols[c] = v;
        }
        if (cols[0] == null || cols[1] == null || cols[2] == null
                || cols[0].length != cols[1].length || cols[0].length != cols[2].length) {
            if (problems.isEmpty()) {
                problems.add(new Problem("$.timeSeries", "the three weather series differ in length"));
            }
            return null;
        }
        return new WeatherYear(cols[0], cols[1], cols[2], "imported weather (" + String.join(", ", ids) + ")");
    }

    private static int indexOfSeries(Project project, String id) {
        for (int i = 0; i < project.timeSeries().size(); i++) {
            if (project.timeSeries().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static List<RenewableSource> sources(Project project, NetzeroParameters p, RenewableSupply supply,
                                                 List<Problem> problems) {
        List<WindSource> winds = project.infrastructure().windSources();
        List<PvSource> pvs = project.infrastructure().pvSources();
        double meanWind = winds.stream().mapToDouble(WindSource::ratedPowerKW).average().orElse(0);
        double meanPv = pvs.stream().mapToDouble(PvSource::peakPowerKW).average().orElse(0);
        List<RenewableSource> out = new ArrayList<>();
        for (int i = 0; i < winds.size(); i++) {
            WindSource w = winds.get(i);
            double kwh = ownSeries(project, w.outputSeriesId(), p.hourOfYear(), "$.infrastructure.windSources[" + i
                    + "].outputSeriesId", problems);
            out.add(new RenewableSource(w.id(), RenewableSource.Kind.WIND, w.ratedPowerKW(), w.position(),
                    Double.isNaN(kwh) ? supply.outputKWh(RenewableSource.Kind.WIND, w.ratedPowerKW(), meanWind,
                            p.hourOfYear()) : kwh));
        }
        for (int i = 0; i < pvs.size(); i++) {
            PvSource v = pvs.get(i);
            double kwh = ownSeries(project, v.outputSeriesId(), p.hourOfYear(), "$.infrastructure.pvSources[" + i
                    + "].outputSeriesId", problems);
            out.add(new RenewableSource(v.id(), RenewableSource.Kind.PV, v.peakPowerKW(), v.position(),
                    Double.isNaN(kwh) ? supply.outputKWh(RenewableSource.Kind.PV, v.peakPowerKW(), meanPv,
                            p.hourOfYear()) : kwh));
        }
        return out;
    }

    /** A source's own output series (mean kW per slot), read as the hour's kWh; NaN when it names none. */
    private static double ownSeries(Project project, String seriesId, int hour, String path, List<Problem> problems) {
        if (seriesId == null || seriesId.isBlank()) {
            return Double.NaN;
        }
        int idx = indexOfSeries(project, seriesId);
        if (idx < 0) {
            problems.add(new Problem(path, "no time series \"" + seriesId + "\" in the project"));
            return 0;
        }
        TimeSeries ts = project.timeSeries().get(idx);
        int slot = (int) Math.floor((hour * 60.0 - ts.startMin()) / ts.slotMinutes());
        if (slot < 0 || slot >= ts.size()) {
            problems.add(new Problem("$.timeSeries[" + idx + "].values", "series " + ts.id() + " has no value for "
                    + "hour " + hour + " (it covers slots 0–" + (ts.size() - 1) + ")"));
            return 0;
        }
        double v = ts.values().get(slot);
        if (!Double.isFinite(v) || v < 0) {
            problems.add(new Problem("$.timeSeries[" + idx + "].values[" + slot + "]", "output " + v
                    + " kWh must be a finite number >= 0"));
            return 0;
        }
        return v; // the slot's mean kW held for the solved hour
    }
}
