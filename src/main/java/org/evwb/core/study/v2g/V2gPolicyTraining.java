package org.evwb.core.study.v2g;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.study.v2g.V2gPolicyFleet.Action;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The offline pipeline of the learned policy (SPEC §6): generated fleets on the shipped market days (training days
 * for learning, test days held out) solved by
 * {@code adp}; each slot's state and the action {@code adp} took become a (features, C/I/D) pair; a CART tree on all
 * candidate features ranks them and the top five are kept; an SVM — RBF kernel through Tribuo's LibSVM, or the
 * ZZ-feature-map kernel precomputed on the state-vector simulator — learns them; the held-out nights give the
 * accuracy, the confusion matrix and, run as a scheduler, the cost gap to {@code adp}. The same settings give the
 * same model: nights, fleets, the tree and the SVM are all seeded.
 */
public final class V2gPolicyTraining {

    /** Features the SVM keeps (the paper's five, matching the five qubits of the quantum kernel). */
    public static final int TOP_FEATURES = 5;

    /**
     * What to train on.
     *
     * @param seed        nights, fleets and the SVM
     * @param level       0–3, the rules of the training nights
     * @param evs         EVs per training night
     * @param trainDays   nights to learn from
     * @param heldOutDays nights kept out, for the accuracy
     * @param adpBeam     the {@code adp} beam that labels the nights
     * @param svmCost     the SVM's C
     * @param gamma       the RBF kernel's γ; 0 = 1 / features
     * @param maxPairs    the most training pairs the SVM learns from, drawn stratified by action from all the
     *                    training nights' pairs; 0 = all of them
     */
    public record Settings(long seed, int level, int evs, int trainDays, int heldOutDays, int adpBeam, double svmCost,
                           double gamma, int maxPairs) {
        public Settings {
            if (trainDays < 1 || heldOutDays < 1 || evs < 1 || level < 0 || level > 3 || adpBeam < 1
                    || !(svmCost > 0) || gamma < 0 || maxPairs < 0) {
                throw new IllegalArgumentException("training needs ≥ 1 training and ≥ 1 held-out night, ≥ 1 EV, a "
                        + "level 0–3, a beam ≥ 1, C > 0, γ ≥ 0 (0 = 1 / features) and a pair cap ≥ 0 (0 = every pair)");
            }
        }

        /** All the training nights' pairs. */
        public Settings(long seed, int level, int evs, int trainDays, int heldOutDays, int adpBeam, double svmCost,
                        double gamma) {
            this(seed, level, evs, trainDays, heldOutDays, adpBeam, svmCost, gamma, 0);
        }
    }

    /** The (state, action) pairs of some nights. */
    public record Samples(List<double[]> features, List<Action> actions, List<Integer> night) { }

    private record Night(V2gInstance instance, V2gSchedule adp) { }

    private final V2gStudy study = new V2gStudy();

    /**
     * The quantum kernel's bandwidth λ: the ZZ map's angles span λ·π on the training range. At λ = 1 (angles over
     * [0, π], the paper's scaling) two different training states have a kernel of 0.06 on average — nearly the
     * identity: the SVM learns its training pairs by heart and a state off adp's own trajectory, where the policy soon
     * is once it schedules, has no training row near it (best kernel value ≈ 0.2), so it gets the decision
     * function's offset, mostly D, which the completion test refuses (39 % of the slots with the earlier model, 9 %
     * on the shipped days). λ = 0.1 widens the kernel as a smaller γ widens an RBF's: held-out accuracy 95.1 → 96.0 %,
     * refused predictions 9.0 → 1.3 % (docs/studies/v2g-learned.md gives every λ measured).
     */
    static final double QUANTUM_BANDWIDTH = 0.1;

    /** Trains the RBF model, or the quantum-kernel one (with the RBF model's accuracy on the same data beside it). */
    public V2gPolicyModel train(Settings s, boolean quantum, RunContext ctx) {
        return train(s, quantum, QUANTUM_BANDWIDTH, ctx);
    }

    /** {@link #train(Settings, boolean, RunContext)} with the quantum kernel's bandwidth λ (0 &lt; λ ≤ 1). */
    V2gPolicyModel train(Settings s, boolean quantum, double bandwidth, RunContext ctx) {
        long t0 = System.nanoTime();
        V2gPolicyClassifier.quietLibSvm();
        int total = s.trainDays() + s.heldOutDays();
        List<Night> nights = new ArrayList<>();
        for (int j = 0; j < total; j++) {
            ctx.checkCancelled();
            double from = 0.7 * j / total;
            ctx.progress(from, "labelling night " + (j + 1) + " of " + total + " with adp");
            V2gInstance in = night(s, j);
            nights.add(new Night(in, new V2gAdp(new V2gAdp.Parameters(s.adpBeam())).solve(in, child(ctx, from,
                    0.7 / total))));
        }
        Samples train = stratified(samples(nights.subList(0, s.trainDays()), 0), s.maxPairs(), s.seed());
        Samples held = samples(nights.subList(s.trainDays(), total), s.trainDays());
        ctx.checkCancelled();
        ctx.progress(0.72, "ranking " + V2gPolicyFeatures.NAMES.size() + " features with a tree ("
                + train.actions().size() + " pairs)");
        List<V2gPolicyModel.FeatureScore> ranking = rank(train, s.seed());
        List<String> chosen = ranking.stream().limit(TOP_FEATURES).map(V2gPolicyModel.FeatureScore::feature).toList();
        ctx.checkCancelled();
        ctx.progress(0.75, "training the " + (quantum ? "quantum-kernel" : "RBF") + " SVM on " + chosen);
        V2gPolicyModel rbf = rbf(s, chosen, train, ranking);
        V2gPolicyModel model = quantum ? quantum(s, chosen, train, ranking, bandwidth, ctx) : rbf;
        ctx.checkCancelled();
        ctx.progress(0.92, "scoring the held-out nights");
        V2gPolicyModel.TrainingReport r = score(model, train, held, nights.subList(s.trainDays(), total), null,
                ctx);
        Double rbfAccuracy = null;
        if (quantum) {
            rbfAccuracy = accuracy(V2gPolicyClassifier.of(rbf), held);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ctx.progress(1, "trained: held-out accuracy " + Math.round(1000 * r.heldOutAccuracy()) / 10.0 + " %");
        return model.withReport(new V2gPolicyModel.TrainingReport(r.seed(), r.level(), r.evs(), r.adpBeam(),
                r.trainDays(), r.heldOutDays(), r.trainSamples(), r.heldOutSamples(), r.importance(), r.svmCost(),
                r.gamma(), r.trainAccuracy(), r.heldOutAccuracy(), r.alwaysChargeAccuracy(), r.confusion(),
                r.costGapToAdp(), r.fallbackShare(), rbfAccuracy, seconds));
    }

    /**
     * Night j of the settings: a generated fleet (its own seed per night) on one of the shipped market days
     * ({@link MarketDays}): training nights j &lt; trainDays on the training days 1–48, held-out nights on the test
     * days 49–64, so no held-out night shares its market with a training night. More nights than days repeat the days
     * with other fleets.
     */
    public V2gInstance night(Settings s, int j) {
        long seed = s.seed() * 1_000_003L + j * 7919L + 17;
        int testDays = MarketDays.COUNT - MarketDays.TRAINING;
        int day = j < s.trainDays() ? 1 + j % MarketDays.TRAINING
                : MarketDays.TRAINING + 1 + (j - s.trainDays()) % testDays;
        V2gGenerators.FleetParameters d = V2gGenerators.FleetParameters.DEFAULT;
        V2gGenerators.FleetParameters p = new V2gGenerators.FleetParameters(s.evs(), s.level(), d.initialMinKWh(),
                d.initialMaxKWh(), d.targetMinKWh(), d.targetMaxKWh(), d.capacityKWh(), d.powerKW(),
                MarketDays.weekend(day), d.negativePriceChance(), d.volumePerEvKWh());
        Project generated = V2gGenerators.fleet(p, seed);
        // the shipped day's prices and volumes (scaled to this fleet) in place of the fleet's own market day
        Project project = new Project(generated.format(), generated.version(), generated.name(),
                generated.description() + "; shipped market day " + day, generated.currencyLabel(),
                generated.basemap(), generated.infrastructure(), generated.fleet(),
                MarketDays.day(day).series(s.evs(), 1080, 15), generated.generators(), generated.studies());
        try {
            return study.buildInstanceWith(project, parametersFor(s.level()));
        } catch (ProjectFileException e) {
            throw new IllegalStateException("a generated training night does not build: " + e.getMessage(), e);
        }
    }

    /**
     * At most {@code max} of the pairs (0: all), each action keeping its share (largest remainders), drawn with the
     * seed: the SVM's time grows with the square of its pairs, and the shares keep what it learns the same.
     */
    static Samples stratified(Samples all, int max, long seed) {
        int n = all.actions().size();
        if (max <= 0 || n <= max) {
            return all;
        }
        List<List<Integer>> byAction = new ArrayList<>();
        for (int a = 0; a < Action.values().length; a++) {
            byAction.add(new ArrayList<>());
        }
        for (int r = 0; r < n; r++) {
            byAction.get(all.actions().get(r).ordinal()).add(r);
        }
        int[] take = new int[byAction.size()];
        double[] rest = new double[byAction.size()];
        int given = 0;
        for (int a = 0; a < take.length; a++) {
            double exact = (double) max * byAction.get(a).size() / n;
            take[a] = (int) Math.floor(exact);
            rest[a] = exact - take[a];
            given += take[a];
        }
        while (given < max) {
            int best = 0;
            for (int a = 1; a < take.length; a++) {
                best = rest[a] > rest[best] ? a : best;
            }
            take[best]++;
            rest[best] = -1;
            given++;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        List<Integer> kept = new ArrayList<>();
        for (int a = 0; a < take.length; a++) {
            List<Integer> rows = byAction.get(a);
            // a partial Fisher–Yates shuffle: the first take[a] rows are a uniform draw
            for (int i = 0; i < take[a]; i++) {
                int j = i + random.nextInt(rows.size() - i);
                Integer t = rows.get(i);
                rows.set(i, rows.get(j));
                rows.set(j, t);
            }
            kept.addAll(rows.subList(0, take[a]));
        }
        kept.sort(null);
        List<double[]> x = new ArrayList<>();
        List<Action> y = new ArrayList<>();
        List<Integer> night = new ArrayList<>();
        for (int r : kept) {
            x.add(all.features().get(r));
            y.add(all.actions().get(r));
            night.add(all.night().get(r));
        }
        return new Samples(x, y, night);
    }

    /** The study's parameters at a level (the presets' values over the defaults). */
    public static V2gParameters parametersFor(int level) {
        V2gParameters d = V2gParameters.DEFAULT;
        return new V2gParameters(d.depotId(), level == 0 ? V2gParameters.SocSource.IDENTICAL
                : V2gParameters.SocSource.PROJECT, d.identicalInitialKWh(), d.identicalTargetKWh(), d.capacityKWh(),
                d.powerKW(), d.socFloorKWh(), level >= 2, d.siteLimitKW(), level >= 3, d.excessCostPerKWh(),
                d.priceSeries(), d.volumeSeries(), d.excessCostSeries(), d.slotCount());
    }

    /** A context for one {@code adp} night: its progress mapped into the training's, the training's cancel passed on. */
    private static RunContext child(RunContext parent, double from, double width) {
        RunContext[] self = new RunContext[1];
        self[0] = new RunContext(parent.seed(), null, new RunListener() {
            @Override
            public void onProgress(double fraction, String message) {
                if (parent.isCancelled()) {
                    self[0].cancel();
                }
                parent.progress(from + width * (Double.isNaN(fraction) ? 0 : fraction), message);
            }
        });
        return self[0];
    }

    private static Samples samples(List<Night> nights, int firstNight) {
        List<double[]> x = new ArrayList<>();
        List<Action> y = new ArrayList<>();
        List<Integer> night = new ArrayList<>();
        for (int j = 0; j < nights.size(); j++) {
            V2gInstance in = nights.get(j).instance();
            V2gSchedule adp = nights.get(j).adp();
            V2gPolicyFleet fleet = new V2gPolicyFleet(in);
            V2gPolicyFleet.State st = fleet.start();
            for (int k = 0; k < in.slotCount(); k++) {
                x.add(V2gPolicyFeatures.of(fleet, st));
                y.add(Action.of(adp, k));
                night.add(firstNight + j);
                st = fleet.after(st, adp);
            }
        }
        return new Samples(x, y, night);
    }

    /** Every candidate ranked by a CART tree's importance on the standardised training pairs, highest first. */
    static List<V2gPolicyModel.FeatureScore> rank(Samples train, long seed) {
        List<String> names = V2gPolicyFeatures.NAMES;
        double[][] scale = scale(train, allColumns(), false);
        MutableDataset<Label> ds = dataset(train, allColumns(), scale, names.toArray(String[]::new));
        CARTClassificationTrainer cart = new CARTClassificationTrainer(8, 1.0f, seed);
        Model<Label> tree = cart.train(ds);
        Map<String, List<Pair<String, Double>>> top = tree.getTopFeatures(-1);
        List<Pair<String, Double>> list = top.getOrDefault(Model.ALL_OUTPUTS, top.values().stream().findFirst()
                .orElse(List.of()));
        Map<String, Double> score = new LinkedHashMap<>();
        for (Pair<String, Double> p : list) {
            score.put(p.getA(), p.getB());
        }
        List<V2gPolicyModel.FeatureScore> out = new ArrayList<>();
        for (String n : names) {
            out.add(new V2gPolicyModel.FeatureScore(n, score.getOrDefault(n, 0.0)));
        }
        // highest first; ties in the candidates' order, so the ranking is stable
        out.sort((a, b) -> Double.compare(b.importance(), a.importance()));
        return out;
    }

    private static int[] allColumns() {
        int[] c = new int[V2gPolicyFeatures.NAMES.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = i;
        }
        return c;
    }

    private static int[] columns(List<String> chosen) {
        return chosen.stream().mapToInt(V2gPolicyFeatures.NAMES::indexOf).toArray();
    }

    /** Per column: {mean, sd} (standardised) or {min, range} (the quantum map's [0, π]). */
    private static double[][] scale(Samples s, int[] cols, boolean range) {
        double[][] out = new double[2][cols.length];
        int n = s.features().size();
        for (int j = 0; j < cols.length; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (double[] x : s.features()) {
                lo = Math.min(lo, x[cols[j]]);
                hi = Math.max(hi, x[cols[j]]);
                sum += x[cols[j]];
            }
            double mean = sum / n;
            double var = 0;
            for (double[] x : s.features()) {
                var += (x[cols[j]] - mean) * (x[cols[j]] - mean);
            }
            out[0][j] = range ? lo : mean;
            out[1][j] = range ? hi - lo : Math.sqrt(var / n);
        }
        return out;
    }

    private static MutableDataset<Label> dataset(Samples s, int[] cols, double[][] scale, String[] names) {
        LabelFactory lf = new LabelFactory();
        // a fixed date: the provenance is part of the model, and the same seed should give the same model
        MutableDataset<Label> ds = new MutableDataset<>(new SimpleDataSourceProvenance("v2g adp pairs",
                OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), lf), lf);
        for (int r = 0; r < s.features().size(); r++) {
            double[] x = s.features().get(r);
            double[] v = new double[cols.length];
            for (int j = 0; j < cols.length; j++) {
                v[j] = (x[cols[j]] - scale[0][j]) / (scale[1][j] > 0 ? scale[1][j] : 1);
            }
            ds.add(new ArrayExample<>(new Label(s.actions().get(r).letter()), names, v));
        }
        return ds;
    }

    private static List<Double> list(double[] a) {
        List<Double> l = new ArrayList<>();
        for (double v : a) {
            l.add(v);
        }
        return l;
    }

    private static V2gPolicyModel rbf(Settings s, List<String> chosen, Samples train,
                                      List<V2gPolicyModel.FeatureScore> ranking) {
        int[] cols = columns(chosen);
        double[][] scale = scale(train, cols, false);
        String[] names = java.util.Arrays.copyOf(V2gPolicyClassifier.TRIBUO_NAMES, cols.length);
        SVMParameters<Label> p = new SVMParameters<>(new SVMClassificationType(
                SVMClassificationType.SVMMode.C_SVC), KernelType.RBF);
        p.setCost(s.svmCost());
        p.setGamma(gamma(s, cols.length));
        Model<Label> m = new LibSVMClassificationTrainer(p, s.seed()).train(dataset(train, cols, scale, names));
        String svmText = Base64.getEncoder().encodeToString(m.serialize().toByteArray());
        return new V2gPolicyModel(V2gPolicyModel.FORMAT, V2gPolicyModel.VERSION, V2gPolicyModel.RBF, chosen,
                list(scale[0]), list(scale[1]), svmText, List.of(), placeholder(s, ranking));
    }

    private static double gamma(Settings s, int features) {
        return s.gamma() > 0 ? s.gamma() : 1.0 / features;
    }

    private static V2gPolicyModel quantum(Settings s, List<String> chosen, Samples train,
                                          List<V2gPolicyModel.FeatureScore> ranking, double bandwidth,
                                          RunContext ctx) {
        int[] cols = columns(chosen);
        double[][] scale = scale(train, cols, true);
        // the bandwidth goes into the stored spread, so a model file reads the same and scales states the same way
        for (int j = 0; j < cols.length; j++) {
            scale[1][j] /= bandwidth;
        }
        V2gZzKernel kernel = new V2gZzKernel(cols.length, 2);
        int n = train.features().size();
        List<List<Double>> rows = new ArrayList<>();
        double[][] states = new double[n][];
        for (int r = 0; r < n; r++) {
            double[] x = train.features().get(r);
            double[] a = new double[cols.length];
            for (int j = 0; j < cols.length; j++) {
                double v = (x[cols[j]] - scale[0][j]) / (scale[1][j] > 0 ? scale[1][j] : 1);
                a[j] = Math.PI * v;
            }
            rows.add(list(a));
            states[r] = kernel.state(a);
        }
        svm_problem prob = new svm_problem();
        prob.l = n;
        prob.y = new double[n];
        prob.x = new svm_node[n][];
        for (int r = 0; r < n; r++) {
            if ((r & 63) == 0) {
                ctx.checkCancelled();
                ctx.progress(0.75 + 0.1 * r / n, "quantum kernel: row " + r + " of " + n);
            }
            prob.y[r] = train.actions().get(r).ordinal();
            svm_node[] row = new svm_node[n + 1];
            row[0] = V2gPolicyClassifier.node(0, r + 1);
            for (int c = 0; c < n; c++) {
                row[c + 1] = V2gPolicyClassifier.node(c + 1, V2gZzKernel.overlap(states[r], states[c]));
            }
            prob.x[r] = row;
        }
        svm_parameter p = new svm_parameter();
        p.svm_type = svm_parameter.C_SVC;
        p.kernel_type = svm_parameter.PRECOMPUTED;
        p.C = s.svmCost();
        p.cache_size = 100;
        p.eps = 1e-3;
        p.shrinking = 1;
        p.probability = 0;
        p.nr_weight = 0;
        p.weight_label = new int[0];
        p.weight = new double[0];
        String problem = svm.svm_check_parameter(prob, p);
        if (problem != null) {
            throw new IllegalStateException("LibSVM refuses the quantum kernel's problem: " + problem);
        }
        ctx.checkCancelled();
        svm_model m = svm.svm_train(prob, p);
        return new V2gPolicyModel(V2gPolicyModel.FORMAT, V2gPolicyModel.VERSION, V2gPolicyModel.ZZ_QUANTUM, chosen,
                list(scale[0]), list(scale[1]), V2gPolicyClassifier.modelText(m), rows, placeholder(s, ranking));
    }

    private static V2gPolicyModel.TrainingReport placeholder(Settings s, List<V2gPolicyModel.FeatureScore> ranking) {
        return new V2gPolicyModel.TrainingReport(s.seed(), s.level(), s.evs(), s.adpBeam(), s.trainDays(),
                s.heldOutDays(), 0, 0, ranking, s.svmCost(), s.gamma(), 0, 0, 0, List.of(), 0, 0, null, 0);
    }

    static double accuracy(V2gPolicyClassifier c, Samples s) {
        int right = 0;
        for (int r = 0; r < s.features().size(); r++) {
            right += c.predict(s.features().get(r)) == s.actions().get(r) ? 1 : 0;
        }
        return s.features().isEmpty() ? 0 : right / (double) s.features().size();
    }

    private V2gPolicyModel.TrainingReport score(V2gPolicyModel model, Samples train, Samples held,
                                                List<Night> heldNights, Double rbfAccuracy, RunContext ctx) {
        V2gPolicyClassifier c = V2gPolicyClassifier.of(model);
        int[][] confusion = new int[3][3];
        int right = 0;
        int charge = 0;
        for (int r = 0; r < held.features().size(); r++) {
            Action want = held.actions().get(r);
            Action got = c.predict(held.features().get(r));
            confusion[want.ordinal()][got.ordinal()]++;
            right += want == got ? 1 : 0;
            charge += want == Action.CHARGE ? 1 : 0;
        }
        double gap = 0;
        int fallbacks = 0;
        int slots = 0;
        for (Night night : heldNights) {
            ctx.checkCancelled();
            V2gPolicyRun.Result run = V2gPolicyRun.run(night.instance(), c, "learned", ctx);
            double adp = night.adp().reportedCost();
            gap += (run.schedule().reportedCost() - adp) / Math.max(1e-9, Math.abs(adp));
            fallbacks += run.fallbacks();
            slots += night.instance().slotCount();
        }
        List<List<Integer>> conf = new ArrayList<>();
        for (int[] row : confusion) {
            conf.add(List.of(row[0], row[1], row[2]));
        }
        int h = held.features().size();
        V2gPolicyModel.TrainingReport p = model.report();
        return new V2gPolicyModel.TrainingReport(p.seed(), p.level(), p.evs(), p.adpBeam(), p.trainDays(),
                p.heldOutDays(), train.features().size(), h, p.importance(), p.svmCost(),
                V2gPolicyModel.RBF.equals(model.kernel()) ? gamma(new Settings(p.seed(), p.level(), p.evs(),
                        p.trainDays(), p.heldOutDays(), p.adpBeam(), p.svmCost(), p.gamma()),
                        model.features().size()) : 0, accuracy(c, train), h == 0 ? 0 : right / (double) h,
                h == 0 ? 0 : charge / (double) h, conf, heldNights.isEmpty() ? 0 : gap / heldNights.size(),
                slots == 0 ? 0 : fallbacks / (double) slots, rbfAccuracy, 0);
    }
}
