package org.evwb.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.evwb.core.solve.sweep.SweepPreset;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.ExchangeSweep;
import org.evwb.core.study.exchange.ExchangeSweepPresets;
import org.evwb.core.study.exchange.Matching;

/**
 * Asks what to sweep (paper 000 Figs. 4–7): N_EV values, N_BS values, runs per point and the seed, starting from one
 * of the study's sweep presets — a small one for use in class, or the paper's (N_EV 100…200, N_BS 3…5, 100 runs per
 * point). The sweep runs on all cores.
 */
public final class SweepDialog {

    /**
     * A study sweep preset as the dialog offers it: by its title, with its id for the record. The study's presets are
     * the ones {@code evwb sweep --preset} runs ({@link ExchangeSweepPresets}); the first is the default.
     */
    public record Preset(SweepPreset<ExchangeInstance, Matching> preset) {
        public ExchangeSweep.Settings settings(long seed) {
            return ExchangeSweep.Settings.of(preset, seed);
        }

        public String id() {
            return preset.id();
        }

        @Override
        public String toString() {
            return preset.title();
        }
    }

    /** The exchange study's sweep presets, in the order it declares them. */
    public static List<Preset> presets(ExchangeStudy study) {
        return study.sweepPresets().stream().map(Preset::new).toList();
    }

    /** The paper's settings with other N_EV, N_BS and runs (solvers, P_chg, s_EV and parameters unchanged). */
    public static ExchangeSweep.Settings withCounts(ExchangeSweep.Settings s, List<Integer> evs, List<Integer> bss,
                                                    int runs) {
        return new ExchangeSweep.Settings(evs, bss, runs, s.baseSeed(), 0, s.solverIds(), s.chargingPowersKW(),
                s.chunkSizesM(), s.params(), s.generator(), s.carbon(), s.solverParameters());
    }

    /** Parses "100, 150, 200" or "100-200:25" (from-to:step); the message names the field and the fix. */
    public static List<Integer> parseCounts(String field, String text) {
        String t = text.trim();
        List<Integer> out = new ArrayList<>();
        try {
            if (t.matches("\\d+\\s*-\\s*\\d+\\s*:\\s*\\d+")) {
                String[] a = t.split("[-:]");
                int from = Integer.parseInt(a[0].trim());
                int to = Integer.parseInt(a[1].trim());
                int step = Integer.parseInt(a[2].trim());
                for (int v = from; v <= to && step > 0; v += step) {
                    out.add(v);
                }
            } else {
                for (String p : t.split("[,\\s]+")) {
                    if (!p.isBlank()) {
                        out.add(Integer.parseInt(p));
                    }
                }
            }
        } catch (NumberFormatException e) {
            out.clear();
        }
        if (out.isEmpty() || out.stream().anyMatch(v -> v < 1)) {
            throw new IllegalArgumentException(field + ": \"" + text + "\" is not a list of positive whole numbers; "
                    + "write e.g. 100, 150, 200 or 100-200:25");
        }
        return out;
    }

    private SweepDialog() {
    }

    /** Shows the dialog; empty when cancelled. Bad input keeps the dialog open with the message shown. */
    public static Optional<ExchangeSweep.Settings> ask(Window owner, ExchangeStudy study) {
        Dialog<ExchangeSweep.Settings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Exchange sweep (Figs. 4–7)");
        d.setHeaderText("Generate scenarios and run every algorithm on each, on all cores");
        ChoiceBox<Preset> preset = new ChoiceBox<>(FXCollections.observableArrayList(presets(study)));
        preset.setId("exchange-sweep-preset");
        TextField evs = new TextField();
        TextField bss = new TextField();
        TextField runs = new TextField();
        TextField seed = new TextField("1");
        Label error = new Label();
        error.getStyleClass().add("status-error");
        preset.valueProperty().addListener((o, a, p) -> {
            var s = p.settings(1);
            evs.setText(join(s.evCounts()));
            bss.setText(join(s.bsCounts()));
            runs.setText(Integer.toString(s.runs()));
        });
        preset.setValue(preset.getItems().get(0));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Preset"), preset);
        g.addRow(1, new Label("N_EV"), evs);
        g.addRow(2, new Label("N_BS"), bss);
        g.addRow(3, new Label("Runs per point"), runs);
        g.addRow(4, new Label("Seed"), seed);
        g.add(error, 0, 5, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                read(preset.getValue(), evs.getText(), bss.getText(), runs.getText(), seed.getText());
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK
                ? read(preset.getValue(), evs.getText(), bss.getText(), runs.getText(), seed.getText()) : null);
        return d.showAndWait();
    }

    static ExchangeSweep.Settings read(Preset p, String evs, String bss, String runs, String seed) {
        int r;
        long s;
        try {
            r = Integer.parseInt(runs.trim());
        } catch (NumberFormatException e) {
            r = 0;
        }
        if (r < 1) {
            throw new IllegalArgumentException("Runs per point: \"" + runs + "\" must be a whole number of at least 1");
        }
        try {
            s = Long.parseLong(seed.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed: \"" + seed + "\" must be a whole number");
        }
        return withCounts(p.settings(s), parseCounts("N_EV", evs), parseCounts("N_BS", bss), r);
    }

    private static String join(List<Integer> v) {
        return String.join(", ", v.stream().map(String::valueOf).toList());
    }
}
