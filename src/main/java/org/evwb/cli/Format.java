package org.evwb.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.ObjectiveFormat;

/** Numbers and figures as the commands print them: locale-independent, six significant digits. */
final class Format {

    private Format() {
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-4 || a >= 1e12)) {
            return String.format(Locale.ROOT, "%.6g", v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /**
     * The objectives as the study declares them, one per line under a heading ("  Total trip time 382.1 min"), in
     * the order the study reports them; "(none)" on the heading's line without any.
     */
    static String objectives(String heading, ObjectiveFormat format, Map<String, Double> objectives) {
        if (objectives.isEmpty()) {
            return heading + " (none)";
        }
        return heading + System.lineSeparator() + format.lines(objectives).stream().map(l -> "  " + l)
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** The compute-carbon estimate in Wh and g (a solve is small), with the assumptions behind it. */
    static String carbon(ComputeCarbon c) {
        ComputeCarbon.Settings s = c.settings();
        return number(c.energyKWh() * 1000) + " Wh, " + number(c.co2Kg() * 1000) + " g CO2 (estimate: "
                + number(s.wattsPerBusyCore()) + " W per busy core, " + number(s.ramWatts()) + " W memory, "
                + number(s.gridKgPerKWh()) + " kg CO2/kWh grid)";
    }
}
