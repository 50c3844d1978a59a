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

    private final Forecaster.Comparison wind;
    private final Forecaster.Comparison pv;
    private final NetzeroParameters parameters;
    private final double windMeanCf;
    private final double pvMeanCf;

    public ForecastSupply(Forecaster.Comparison wind, Forecaster.Comparison pv, NetzeroParameters parameters) {
        this.wind = wind;
        this.pv = pv;
        this.parameters = parameters;
        this.windMeanCf = mean(wind.data().actual());
        this.pvMeanCf = mean(pv.data().actual());
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
        double[] y = (kind == RenewableSource.Kind.WIND ? wind : pv).bestYear();
        return y[Math.floorMod(hour, y.length)];
    }

    @Override
    public double outputKWh(RenewableSource.Kind kind, double ratedKW, double meanRatedKW, int hourOfYear) {
        double cf = predictedCapacityFactor(kind, hourOfYear);
        if (parameters.renewableScaling() == NetzeroParameters.RenewableScaling.CAPACITY) {
            return ratedKW * cf;
        }
        double meanCf = kind == RenewableSource.Kind.WIND ? windMeanCf : pvMeanCf;
        double target = kind == RenewableSource.Kind.WIND ? parameters.windKWhPerSourceHour()
                : parameters.pvKWhPerSourceHour();
        return meanCf <= 0 || meanRatedKW <= 0 ? 0 : target * (ratedKW / meanRatedKW) * cf / meanCf;
    }

    @Override
    public String description() {
        return "forecast: wind by " + wind.best().label() + ", PV by " + pv.best().label() + " from forecast weather";
    }
}
