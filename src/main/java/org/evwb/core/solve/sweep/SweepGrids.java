package org.evwb.core.solve.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.RecordValues;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;

/**
 * Ad-hoc grids over a study's parameters from text, as the command line and the sweep dialog take them:
 * {@code NAME=V1,V2,…} or {@code NAME=FROM..TO:STEP}. Every value is checked by the study's parameters (the same
 * merge as a project's configuration), so a bad one is refused before any work with the parameter, the value and
 * the allowed range or constants; the values kept are the parameters' own (typed) values.
 */
public final class SweepGrids {

    private static final int MAX_VALUES = 10_000;

    private SweepGrids() {
    }

    /**
     * Parses one axis per text.
     *
     * @throws IllegalArgumentException naming the axis text, the parameter, the value and the fix
     */
    public static SweepGrid parse(StudyDefinition<?, ?> study, List<String> texts) {
        StudyParameters<?> params = study.parameters();
        if (params.type() == StudyParameters.None.class) {
            throw new IllegalArgumentException("study " + study.id() + " has no parameters to sweep; run one of its "
                    + "presets instead");
        }
        List<SweepGrid.Axis> axes = new ArrayList<>();
        for (String text : texts) {
            axes.add(axis(params, text));
        }
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one axis: NAME=V1,V2,… (parameters: "
                    + names(params) + ")");
        }
        return new SweepGrid(axes);
    }

    private static SweepGrid.Axis axis(StudyParameters<?> params, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("\"" + text + "\": write NAME=V1,V2,… or NAME=FROM..TO:STEP, e.g. "
                    + example(params) + " (parameters: " + names(params) + ")");
        }
        String name = text.substring(0, eq).strip();
        String spec = text.substring(eq + 1).strip();
        List<String> values = values(name, spec);
        List<Object> typed = new ArrayList<>();
        for (String v : values) {
            typed.add(typed(params, name, v));
        }
        return new SweepGrid.Axis(RecordValues.nameOf(params.type(), name).orElse(name), typed);
    }

    private static List<String> values(String name, String spec) {
        if (spec.matches("-?[0-9.eE+-]+\\s*\\.\\.\\s*-?[0-9.eE+-]+\\s*:\\s*[0-9.eE+-]+")) {
            String[] a = spec.split("\\.\\.|:");
            BigDecimal from;
            BigDecimal to;
            BigDecimal step;
            try {
                from = new BigDecimal(a[0].strip());
                to = new BigDecimal(a[1].strip());
                step = new BigDecimal(a[2].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + "=" + spec + ": FROM..TO:STEP takes numbers, e.g. "
                        + name + "=10..50:10");
            }
            if (step.signum() <= 0 || from.compareTo(to) > 0) {
                throw new IllegalArgumentException(name + "=" + spec + ": STEP must be positive and FROM at most TO, "
                        + "e.g. " + name + "=10..50:10");
            }
            List<String> out = new ArrayList<>();
            for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                if (out.size() == MAX_VALUES) {
                    throw new IllegalArgumentException(name + "=" + spec + ": more than " + MAX_VALUES
                            + " values; use a larger STEP");
                }
                out.add(v.stripTrailingZeros().toPlainString());
            }
            return out;
        }
        List<String> out = new ArrayList<>();
        for (String v : spec.split(",")) {
            if (v.isBlank()) {
                throw new IllegalArgumentException(name + "=" + spec + ": an empty value; separate values with "
                        + "commas, e.g. " + name + "=1,2,3");
            }
            out.add(v.strip());
        }
        return out;
    }

    /** The value as the parameters record holds it, or a message naming parameter, value and range. */
    private static Object typed(StudyParameters<?> params, String name, String value) {
        Record r;
        try {
            r = params.withOverrides(Map.of(name, value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + "=" + value + ": " + oneLine(e.getMessage()));
        }
        Map<String, Object> m = RecordValues.toMap(r);
        String canonical = RecordValues.nameOf(params.type(), name).orElse(name);
        Object v = m.get(canonical);
        if (v == null) {
            throw new IllegalArgumentException(name + "=" + value + ": this parameter cannot be swept (it has no "
                    + "value); parameters: " + names(params));
        }
        return v;
    }

    private static String oneLine(String m) {
        return m == null ? "bad value" : m.lines().findFirst().orElse(m);
    }

    private static String names(StudyParameters<?> params) {
        return String.join(", ", new LinkedHashMap<>(RecordValues.toMap(params.defaults())).keySet());
    }

    private static String example(StudyParameters<?> params) {
        Map<String, Object> m = RecordValues.toMap(params.defaults());
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() instanceof Number n) {
                return e.getKey() + "=" + n + "," + n;
            }
        }
        return m.isEmpty() ? "NAME=1,2" : m.keySet().iterator().next() + "=…";
    }
}
