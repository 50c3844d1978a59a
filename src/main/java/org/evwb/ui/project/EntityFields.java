package org.evwb.ui.project;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.OptionalField;
import org.evwb.core.project.Unit;

/**
 * Derives {@link EntityField}s from a record's components, so a new component appears in the tables, the property
 * editor and the solver form without new UI code.
 */
public final class EntityFields {

    private static final Map<String, String> WORDS = Map.of("soc", "SoC", "bbu", "BBU", "pv", "PV", "id", "ID",
            "co2", "CO2");
    private final Map<Class<?>, List<EntityField>> cache = new ConcurrentHashMap<>();

    /** The fields of a record type, in component order. */
    public List<EntityField> of(Class<? extends Record> type) {
        return cache.computeIfAbsent(type, EntityFields::derive);
    }

    private static List<EntityField> derive(Class<?> type) {
        RecordComponent[] comps = type.getRecordComponents();
        Constructor<?> ctor = canonical(type, comps);
        List<EntityField> out = new ArrayList<>();
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            int index = i;
            Unit u = c.getAnnotation(Unit.class);
            String unit = u == null ? "" : u.value();
            double min = u == null ? Double.NEGATIVE_INFINITY : u.min();
            double max = u == null ? Double.POSITIVE_INFINITY : u.max();
            boolean minEx = u != null && u.minExclusive();
            Class<?> t = c.getType();
            if (t == GeoPoint.class) {
                out.add(new EntityField(c.getName() + ".lat", "Latitude (°)", "°", double.class, -90, 90, false,
                        true, false, r -> lat(read(c, r)), (r, v) -> construct(ctor, comps, r, index,
                        new GeoPoint(lon(read(c, r)), (Double) v))));
                out.add(new EntityField(c.getName() + ".lon", "Longitude (°)", "°", double.class, -180, 180, false,
                        true, false, r -> lon(read(c, r)), (r, v) -> construct(ctor, comps, r, index,
                        new GeoPoint((Double) v, lat(read(c, r))))));
                continue;
            }
            if (t.isRecord() && t.getPackageName().equals(org.evwb.core.project.Project.class.getPackageName())) {
                nestedFields(c, index, ctor, comps, out);
                continue;
            }
            boolean simple = isSimple(t);
            boolean editable = simple && !c.getName().equals("id");
            boolean nullable = !t.isPrimitive() && c.isAnnotationPresent(OptionalField.class);
            out.add(new EntityField(c.getName(), label(c.getName(), unit), unit, t, min, max, minEx, editable,
                    nullable, r -> box(read(c, r)), (r, v) -> construct(ctor, comps, r, index, v)));
        }
        return List.copyOf(out);
    }

    private static boolean isSimple(Class<?> t) {
        return t == String.class || t.isPrimitive() || t == Double.class || t == Integer.class || t == Long.class
                || t == Boolean.class || t.isEnum();
    }

    /**
     * The simple fields of a nested record (a vehicle's motorway {@code trip}) as fields of the entity, named
     * {@code trip.entryNodeId} and labelled "Trip: entry node ID". Editable while the nested value exists; an entity
     * without one says so instead of inventing it.
     */
    private static void nestedFields(RecordComponent outer, int outerIndex, Constructor<?> outerCtor,
                                     RecordComponent[] outerComps, List<EntityField> out) {
        Class<?> nt = outer.getType();
        RecordComponent[] inner = nt.getRecordComponents();
        Constructor<?> innerCtor = canonical(nt, inner);
        String prefix = label(outer.getName(), "") + ": ";
        for (int k = 0; k < inner.length; k++) {
            RecordComponent ic = inner[k];
            if (!isSimple(ic.getType())) {
                continue;
            }
            int innerIndex = k;
            Unit u = ic.getAnnotation(Unit.class);
            String unit = u == null ? "" : u.value();
            out.add(new EntityField(outer.getName() + "." + ic.getName(),
                    prefix + label(ic.getName(), unit),
                    unit, ic.getType(), u == null ? Double.NEGATIVE_INFINITY : u.min(),
                    u == null ? Double.POSITIVE_INFINITY : u.max(), u != null && u.minExclusive(), true, false,
                    r -> {
                        Object n = read(outer, r);
                        return n == null ? null : box(read(ic, (Record) n));
                    },
                    (r, v) -> {
                        Object n = read(outer, r);
                        if (n == null) {
                            throw new IllegalArgumentException("this " + r.getClass().getSimpleName().toLowerCase(
                                    Locale.ROOT) + " has no " + outer.getName() + " yet; add one in the project file");
                        }
                        Record changed = construct(innerCtor, inner, (Record) n, innerIndex, v);
                        return construct(outerCtor, outerComps, r, outerIndex, changed);
                    }));
        }
    }

    /** "batteryCapacityKWh" with unit "kWh" → "Battery capacity (kWh)". */
    static String label(String name, String unit) {
        List<String> words = new ArrayList<>(Arrays.asList(name.split("(?<=[a-z0-9])(?=[A-Z])")));
        String key = unit.replace("²", "2").replace("³", "3").replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        String perKey = unit.replace("²", "2").replace("/", "per").replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
            for (int k = 1; k < words.size(); k++) {
                String tail = String.join("", words.subList(words.size() - k, words.size())).toLowerCase(Locale.ROOT);
                if (tail.equals(key) || tail.equals(perKey)) {
                    words = new ArrayList<>(words.subList(0, words.size() - k));
                    break;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            String shown = WORDS.getOrDefault(lower, sb.length() == 0 ? capitalise(lower) : lower);
            sb.append(sb.length() == 0 ? "" : " ").append(shown);
        }
        boolean unitIsName = unit.equalsIgnoreCase(name);
        return unit.isEmpty() || unitIsName ? sb.toString() : sb + " (" + unit + ")";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            // a solver's own parameters record may be package-private; its form must work all the same
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static Object box(Object v) {
        return v;
    }

    private static double lat(Object p) {
        return p == null ? 0 : ((GeoPoint) p).latDeg();
    }

    private static double lon(Object p) {
        return p == null ? 0 : ((GeoPoint) p).lonDeg();
    }

    private static Constructor<?> canonical(Class<?> type, RecordComponent[] comps) {
        try {
            Constructor<?> c = type.getDeclaredConstructor(Arrays.stream(comps).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            c.setAccessible(true);
            return c;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    /** A new record equal to {@code r} except component {@code index}; constructor checks surface as messages. */
    private static Record construct(Constructor<?> ctor, RecordComponent[] comps, Record r, int index, Object v) {
        Object[] args = new Object[comps.length];
        for (int i = 0; i < comps.length; i++) {
            args[i] = i == index ? v : read(comps[i], r);
        }
        try {
            return (Record) ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(cause.getMessage() == null ? cause.toString() : cause.getMessage(),
                    cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + r.getClass().getSimpleName(), e);
        }
    }
}
