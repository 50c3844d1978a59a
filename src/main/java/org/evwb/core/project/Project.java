package org.evwb.core.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A whole project: infrastructure, fleet, time series, generator recipes and studies. Immutable; every edit makes a
 * new project (sharing the unchanged lists), which is what makes undo cheap.
 */
public record Project(
        String format,
        int version,
        @OptionalField String name,
        @OptionalField String description,
        @OptionalField String currencyLabel,
        @OptionalField String basemap,
        @OptionalField Infrastructure infrastructure,
        @OptionalField Fleet fleet,
        @OptionalField List<TimeSeries> timeSeries,
        @OptionalField List<GeneratorRecipe> generators,
        @OptionalField List<StudyConfig> studies) {

    /** The value of the {@code format} field of every project file. */
    public static final String FORMAT = "evwb-project";
    /** The file version this build writes. */
    public static final int CURRENT_VERSION = 1;
    public static final String DEFAULT_CURRENCY = "¤";

    public Project {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        currencyLabel = currencyLabel == null || currencyLabel.isBlank() ? DEFAULT_CURRENCY : currencyLabel;
        infrastructure = infrastructure == null ? Infrastructure.EMPTY : infrastructure;
        fleet = fleet == null ? Fleet.EMPTY : fleet;
        timeSeries = Infrastructure.copy(timeSeries);
        generators = Infrastructure.copy(generators);
        studies = Infrastructure.copy(studies);
    }

    /** A new, empty project with the current format and version. */
    public static Project empty(String name) {
        return new Project(FORMAT, CURRENT_VERSION, name, "", DEFAULT_CURRENCY, null, null, null, null, null, null);
    }

    // ---- study configurations ----

    /** The first configuration set up for study {@code studyId} (e.g. {@code "motorway"}), if any. */
    public Optional<StudyConfig> studyConfig(String studyId) {
        return studies.stream().filter(c -> c.study().equals(studyId)).findFirst();
    }

    /** The configuration with id {@code configId} (the {@code id} field of a {@code studies} entry), if any. */
    public Optional<StudyConfig> studyConfigById(String configId) {
        return studies.stream().filter(c -> c.id().equals(configId)).findFirst();
    }

    /** The JSON path of a configuration in the project file: {@code $.studies[i]} ({@code $.studies} if absent). */
    public String jsonPathOf(StudyConfig config) {
        int i = config == null ? -1 : studies.indexOf(config);
        return i < 0 ? "$.studies" : "$.studies[" + i + "]";
    }

    // ---- generator recipes ----

    /** The recipe with id {@code recipeId} (the {@code id} field of a {@code generators} entry), if any. */
    public Optional<GeneratorRecipe> recipe(String recipeId) {
        return generators.stream().filter(r -> r.id().equals(recipeId)).findFirst();
    }

    /** The recipes that name generator {@code generatorId} (e.g. {@code "edge-tasks"}), in file order. */
    public List<GeneratorRecipe> recipesOf(String generatorId) {
        return generators.stream().filter(r -> r.generator().equals(generatorId)).toList();
    }

    /** The JSON path of a recipe in the project file: {@code $.generators[i]} ({@code $.generators} if absent). */
    public String jsonPathOf(GeneratorRecipe recipe) {
        int i = recipe == null ? -1 : generators.indexOf(recipe);
        return i < 0 ? "$.generators" : "$.generators[" + i + "]";
    }

    // ---- generic entity access, used by editing commands, tables and the map ----

    /** The entities of one kind, in file order. */
    @SuppressWarnings("unchecked")
    public List<? extends Entity> entities(EntityKind kind) {
        return switch (kind) {
            case MOTORWAY -> infrastructure.motorways();
            case CHARGING_STATION -> infrastructure.chargingStations();
            case BASE_STATION -> infrastructure.baseStations();
            case EDGE_SERVER -> infrastructure.edgeServers();
            case WIND_SOURCE -> infrastructure.windSources();
            case PV_SOURCE -> infrastructure.pvSources();
            case VEHICLE_TYPE -> fleet.vehicleTypes();
            case VEHICLE -> fleet.vehicles();
            case TIME_SERIES -> timeSeries;
        };
    }

    /** Every placed entity of every kind (for the map and rubber-band selection). */
    public Stream<PlacedEntity> placedEntities() {
        return Stream.of(EntityKind.values()).filter(EntityKind::isPlaced)
                .flatMap(k -> entities(k).stream()).map(PlacedEntity.class::cast);
    }

    public Optional<Entity> find(EntityRef ref) {
        return entities(ref.kind()).stream().filter(e -> e.id().equals(ref.id())).map(Entity.class::cast).findFirst();
    }

    public <T extends Entity> Optional<T> find(Class<T> type, String id) {
        return find(new EntityRef(kindOf(type), id)).map(type::cast);
    }

    public int indexOf(EntityRef ref) {
        List<? extends Entity> list = entities(ref.kind());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(ref.id())) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces the entity with the same kind and id as {@code e} (matched by {@code oldId}, to allow renames). */
    public Project replace(EntityRef old, Entity e) {
        if (old.kind() != e.kind()) {
            throw new IllegalArgumentException("cannot replace a " + old.kind() + " with a " + e.kind());
        }
        int i = indexOf(old);
        if (i < 0) {
            throw new IllegalArgumentException("no " + old + " in the project");
        }
        return withList(e.kind(), list -> {
            list.set(i, e);
            return list;
        });
    }

    /** Inserts an entity at {@code index} of its kind's list ({@code -1} or past the end: appends). */
    public Project insert(Entity e, int index) {
        if (find(e.ref()).isPresent()) {
            throw new IllegalArgumentException("the project already has " + e.ref());
        }
        return withList(e.kind(), list -> {
            list.add(index < 0 || index > list.size() ? list.size() : index, e);
            return list;
        });
    }

    /**
     * Appends entities at the end of their kinds' lists in one step (linear in the entities, however many: an import
     * of 200,000 vehicles must not copy the list per vehicle). Refused, with nothing changed, when an id is already
     * in use or given twice.
     */
    public Project appendAll(Collection<? extends Entity> added) {
        Map<EntityKind, List<Entity>> byKind = new EnumMap<>(EntityKind.class);
        for (Entity e : added) {
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        Project p = this;
        for (Map.Entry<EntityKind, List<Entity>> k : byKind.entrySet()) {
            Set<String> used = new java.util.HashSet<>();
            entities(k.getKey()).forEach(e -> used.add(e.id()));
            for (Entity e : k.getValue()) {
                if (!used.add(e.id())) {
                    throw new IllegalArgumentException("the project already has " + e.ref());
                }
            }
            p = p.withList(k.getKey(), list -> {
                list.addAll(k.getValue());
                return list;
            });
        }
        return p;
    }

    /** Removes entities by reference in one step (linear); refused, with nothing changed, when one is not there. */
    public Project removeAll(Collection<EntityRef> refs) {
        Map<EntityKind, Set<String>> byKind = new EnumMap<>(EntityKind.class);
        for (EntityRef r : refs) {
            byKind.computeIfAbsent(r.kind(), k -> new java.util.HashSet<>()).add(r.id());
        }
        Project p = this;
        for (Map.Entry<EntityKind, Set<String>> k : byKind.entrySet()) {
            Set<String> present = new java.util.HashSet<>();
            entities(k.getKey()).forEach(e -> present.add(e.id()));
            for (String id : k.getValue()) {
                if (!present.contains(id)) {
                    throw new IllegalArgumentException("no " + new EntityRef(k.getKey(), id) + " in the project");
                }
            }
            p = p.withList(k.getKey(), list -> {
                list.removeIf(e -> k.getValue().contains(e.id()));
                return list;
            });
        }
        return p;
    }

    public Project remove(EntityRef ref) {
        int i = indexOf(ref);
        if (i < 0) {
            throw new IllegalArgumentException("no " + ref + " in the project");
        }
        return withList(ref.kind(), list -> {
            list.remove(i);
            return list;
        });
    }

    /** An id for a new entity of a kind: {@code prefix + n} with the smallest n not in use. */
    public String freshId(EntityKind kind, String prefix) {
        Set<String> used = new java.util.HashSet<>();
        entities(kind).forEach(e -> used.add(e.id()));
        for (int n = entities(kind).size() + 1; ; n++) {
            if (!used.contains(prefix + n)) {
                return prefix + n;
            }
        }
    }

    public Project withName(String newName) {
        return new Project(format, version, newName, description, currencyLabel, basemap, infrastructure, fleet,
                timeSeries, generators, studies);
    }

    public Project withStudies(List<StudyConfig> newStudies) {
        return new Project(format, version, name, description, currencyLabel, basemap, infrastructure, fleet,
                timeSeries, generators, newStudies);
    }

    public Project withGenerators(List<GeneratorRecipe> newGenerators) {
        return new Project(format, version, name, description, currencyLabel, basemap, infrastructure, fleet,
                timeSeries, newGenerators, studies);
    }

    /** Total count of entities of every kind. */
    public int entityCount() {
        return Stream.of(EntityKind.values()).mapToInt(k -> entities(k).size()).sum();
    }

    @SuppressWarnings("unchecked")
    private Project withList(EntityKind kind, UnaryOperator<List<Entity>> edit) {
        List<Entity> list = edit.apply(new ArrayList<>(entities(kind)));
        Infrastructure in = infrastructure;
        Fleet fl = fleet;
        List<TimeSeries> ts = timeSeries;
        switch (kind) {
            case MOTORWAY -> in = new Infrastructure(cast(list), in.chargingStations(), in.baseStations(),
                    in.edgeServers(), in.windSources(), in.pvSources());
            case CHARGING_STATION -> in = new Infrastructure(in.motorways(), cast(list), in.baseStations(),
                    in.edgeServers(), in.windSources(), in.pvSources());
            case BASE_STATION -> in = new Infrastructure(in.motorways(), in.chargingStations(), cast(list),
                    in.edgeServers(), in.windSources(), in.pvSources());
            case EDGE_SERVER -> in = new Infrastructure(in.motorways(), in.chargingStations(), in.baseStations(),
                    cast(list), in.windSources(), in.pvSources());
            case WIND_SOURCE -> in = new Infrastructure(in.motorways(), in.chargingStations(), in.baseStations(),
                    in.edgeServers(), cast(list), in.pvSources());
            case PV_SOURCE -> in = new Infrastructure(in.motorways(), in.chargingStations(), in.baseStations(),
                    in.edgeServers(), in.windSources(), cast(list));
            case VEHICLE_TYPE -> fl = new Fleet(cast(list), fl.vehicles());
            case VEHICLE -> fl = new Fleet(fl.vehicleTypes(), cast(list));
            case TIME_SERIES -> ts = cast(list);
            default -> throw new IllegalStateException();
        }
        return new Project(format, version, name, description, currencyLabel, basemap, in, fl, ts, generators,
                studies);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Collection<? extends Entity> list) {
        return (List<T>) List.copyOf(list);
    }

    private static EntityKind kindOf(Class<? extends Entity> type) {
        for (EntityKind k : EntityKind.values()) {
            if (k.type() == type) {
                return k;
            }
        }
        throw new IllegalArgumentException("not an entity type: " + type);
    }
}
