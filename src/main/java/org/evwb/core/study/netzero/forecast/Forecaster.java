package org.evwb.core.study.netzero.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.netzero.RenewableSource;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;
import org.tribuo.common.tree.RandomForestTrainer;

/**
 * Trains the forecast models (Tribuo regressors) on a {@link ForecastData}'s training hours and scores them on its
 * held-out hours: MAE, RMSE and training time, and the predictions. Seeded: the same data and seed give the same
 * models. Training runs on a worker thread the caller's {@link RunContext} watches, so a cancel returns within a
 * poll ({@value #POLL_MS} ms) — the abandoned training finishes in the background and its model is dropped; Tribuo
 * has no cancel of its own. XGBoost degrades to "unavailable" with the reason where its natives cannot load.
 *
 * @param forestTrees trees of the random forest (modest: training time grows with it)
 * @param xgbTrees    boosting rounds of XGBoost
 * @param treeDepth   depth of the CART tree, the forest's and XGBoost's trees
 */
public record Forecaster(int forestTrees, int xgbTrees, int treeDepth) {

    public static final Forecaster DEFAULT = new Forecaster(10, 50, 8);
    static final long POLL_MS = 20;
    private static final RegressionFactory FACTORY = new RegressionFactory();
    private static final String TARGET = "cf";

    /** One kind's comparison: the data, every model's score and the best model's predictions for every hour. */
    public record Comparison(ForecastData data, List<ForecastScore> scores, ForecastModel best, double[] bestYear) {
        public Comparison {
            scores = List.copyOf(scores);
            bestYear = bestYear.clone();
        }

        @Override
        public double[] bestYear() {
            return bestYear.clone();
        }

        public ForecastScore score(ForecastModel m) {
            return scores.stream().filter(s -> s.model() == m).findFirst().orElseThrow();
        }
    }

    /** Trains and scores {@code models} on {@code data}; the best by held-out MAE predicts every hour. */
    public Comparison compare(ForecastData data, List<ForecastModel> models, long seed, RunContext ctx) {
        MutableDataset<Regressor> train = dataset(data, 0, data.trainHours());
        List<ForecastScore> scores = new ArrayList<>();
        Model<Regressor> bestModel = null;
        ForecastModel best = null;
        double bestMae = Double.POSITIVE_INFINITY;
        for (int i = 0; i < models.size(); i++) {
            ForecastModel m = models.get(i);
            ctx.checkCancelled();
            ctx.progress((double) i / models.size(), data.kind().name().toLowerCase(Locale.ROOT) + ": training "
                    + m.label());
            String unavailable = unavailableReason(m);
            if (unavailable != null) {
                scores.add(ForecastScore.unavailable(m, unavailable));
                continue;
            }
            long t0 = System.nanoTime();
            Model<Regressor> model;
            try {
                model = trainWatched(trainer(m, seed), train, ctx);
            } catch (LinkageError | ExecutionException e) {
                Throwable c = e instanceof ExecutionException ? e.getCause() : e;
                scores.add(ForecastScore.unavailable(m, m.label() + " could not be trained here: " + c));
                continue;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double[] pred = predict(model, data, data.trainHours(), data.hours());
            double abs = 0;
            double sq = 0;
            for (int h = 0; h < pred.length; h++) {
                double e = pred[h] - data.actual()[data.trainHours() + h];
                abs += Math.abs(e);
                sq += e * e;
            }
            double mae = abs / pred.length;
            scores.add(new ForecastScore(m, true, mae, Math.sqrt(sq / pred.length), secs, pred, ""));
            ctx.event("MAE " + data.kind(), i, mae);
            if (mae < bestMae) {
                bestMae = mae;
                best = m;
                bestModel = model;
            }
        }
        if (bestModel == null) {
            throw new IllegalStateException("no forecast model could be trained: " + scores);
        }
        ctx.progress(1, "predicting the year with " + best.label());
        return new Comparison(data, scores, best, predict(bestModel, data, 0, data.hours()));
    }

    /** Why a model cannot run on this machine, or null. */
    static String unavailableReason(ForecastModel m) {
        if (m != ForecastModel.XGBOOST) {
            return null;
        }
        String arch = System.getProperty("os.arch", "");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return "XGBoost ships natives for x86-64 only; this machine is " + arch;
        }
        return null;
    }

    private static Model<Regressor> trainWatched(Trainer<Regressor> trainer, MutableDataset<Regressor> train,
                                                 RunContext ctx) throws ExecutionException {
        CompletableFuture<Model<Regressor>> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(trainer.train(train));
            } catch (Throwable e) { // LinkageError from natives included: reported as unavailable
                f.completeExceptionally(e);
            }
        }, "forecast-training");
        t.setDaemon(true);
        t.start();
        while (true) {
            try {
                return f.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (ctx.isCancelled()) {
                    throw new CancelledException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }

    private Trainer<Regressor> trainer(ForecastModel m, long seed) {
        return switch (m) {
            case LINEAR -> new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1, 0.1), 10, 1000, 1, seed);
            case TREE -> new CARTRegressionTrainer(treeDepth, 5f, 0f, 1f, false, new MeanSquaredError(), seed);
            case FOREST -> new RandomForestTrainer<>(new CARTRegressionTrainer(treeDepth, 5f, 0f, 0.6f, false,
                    new MeanSquaredError(), seed), new AveragingCombiner(), forestTrees, seed);
            case XGBOOST -> new XGBoostRegressionTrainer(XGBoostRegressionTrainer.RegressionType.LINEAR, xgbTrees,
                    0.3, 0, treeDepth, 1, 1, 1, 1, 0, 1, true, seed);
        };
    }

    private static MutableDataset<Regressor> dataset(ForecastData d, int from, int to) {
        MutableDataset<Regressor> ds = new MutableDataset<>(new SimpleDataSourceProvenance("netzero "
                + d.kind().name().toLowerCase(Locale.ROOT) + " weather", FACTORY), FACTORY);
        for (int h = from; h < to; h++) {
            ds.add(example(d, h, d.actual()[h]));
        }
        return ds;
    }

    private static Example<Regressor> example(ForecastData d, int h, double y) {
        return new ArrayExample<>(new Regressor(TARGET, y), ForecastData.FEATURES, d.features()[h]);
    }

    private static double[] predict(Model<Regressor> model, ForecastData d, int from, int to) {
        double[] out = new double[to - from];
        for (int h = from; h < to; h++) {
            double v = model.predict(example(d, h, Double.NaN)).getOutput().getValues()[0];
            out[h - from] = Math.max(0, Math.min(1, Double.isFinite(v) ? v : 0));
        }
        return out;
    }

    /** Both kinds compared (wind, then PV). */
    public List<Comparison> compareBoth(org.evwb.core.study.netzero.WeatherYear year, List<ForecastModel> models,
                                        long seed, RunContext ctx) {
        List<Comparison> out = new ArrayList<>();
        for (RenewableSource.Kind k : RenewableSource.Kind.values()) {
            out.add(compare(ForecastData.of(year, k, seed, ForecastData.HELD_OUT_HOURS), models, seed, ctx));
        }
        return out;
    }
}
