package org.evwb.core.study.netzero.forecast;

import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.RenewableSource;
import org.evwb.core.study.netzero.RenewableSupply;

/**
 * The supply side fed by forecasts: each hour's output is the chosen models' predicted capacity factor, scaled the
 * way {@code WeatherSupply} scales the actual one (TABLE_VII: Table VII's mean per source times the predicted over
 * the actual yearly mean capacity factor; CAPACITY: rated power × predicted capacity factor).
 */
public final class ForecastSupply implements RenewableSupply {

    /**
     * What the supply side keeps of a forecast: each kind's best model, its predicted capacity factor per hour of
     * the year and the actual yearly mean capacity factor — all a cached forecast needs to hold.
     */
    public record Fitted(ForecastModel windModel, double[] windPredicted, double windMeanCf, ForecastModel pvModel,
                         double[] pvPredicted, double pvMeanCf) {
        public Fitted {
            windPredicted = windPredicted.clone();
            pvPredicted = pvPredicted.clone();
        }

        /** The best models of two comparisons. */
        public static Fitted of(Forecaster.Comparison wind, Forecaster.Comparison pv) {
            return new Fitted(wind.best(), wind.bestYear(), mean(wind.data().actual()), pv.best(), pv.bestYear(),
                    mean(pv.data().actual()));
        }

        @Override
        public double[] windPredicted() {
            return windPredicted.clone();
        }

        @Override
        public double[] pvPredicted() {
            return pvPredicted.clone();
        }
    }

    private final Fitted fitted;
    private final double[] windYear;
    private final double[] pvYear;
    private final NetzeroParameters parameters;

    public ForecastSupply(Forecaster.Comparison wind, Forecaster.Comparison pv, NetzeroParameters parameters) {
        this(Fitted.of(wind, pv), parameters);
    }

    public ForecastSupply(Fitted fitted, NetzeroParameters parameters) {
        this.fitted = fitted;
        this.windYear = fitted.windPredicted();
        this.pvYear = fitted.pvPredicted();
        this.parameters = parameters;
    }

    public Fitted fitted() {
        return fitted;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return a.length == 0 ? 0 : s / a.length;
    }

    /** The predicted capacity factor of a kind at an hour. */
    public double predictedCapacityFactor(RenewableSource.Kind kind, int hour) {
        double[] y = kind == RenewableSource.Kind.WIND ? windYear : pvYear;
        return y[Math.floorMod(hour, y.length)];
    }

    @Override
    public double outputKWh(RenewableSource.Kind kind, double ratedKW, double meanRatedKW, int hourOfYear) {
        double cf = predictedCapacityFactor(kind, hourOfYear);
        if (parameters.renewableScaling() == NetzeroParameters.RenewableScaling.CAPACITY) {
            return ratedKW * cf;
        }
        double meanCf = kind == RenewableSource.Kind.WIND ? fitted.windMeanCf() : fitted.pvMeanCf();
        double target = kind == RenewableSource.Kind.WIND ? parameters.windKWhPerSourceHour()
                : parameters.pvKWhPerSourceHour();
        return meanCf <= 0 || meanRatedKW <= 0 ? 0 : target * (ratedKW / meanRatedKW) * cf / meanCf;
    }

    @Override
    public String description() {
        return "forecast: wind by " + fitted.windModel().label() + ", PV by " + fitted.pvModel().label()
                + " from forecast weather";
    }
}
