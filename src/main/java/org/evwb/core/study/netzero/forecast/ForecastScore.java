package org.evwb.core.study.netzero.forecast;

/**
 * One model's result on the held-out period. Errors are in capacity-factor units (share of rated power per hour);
 * {@link #maeKWh(double)} turns them into kWh for a source of a given rating.
 *
 * @param model        which regressor
 * @param available    false when it could not be trained here (then {@code note} says why and the figures are NaN)
 * @param mae          mean absolute error over the held-out hours
 * @param rmse         root mean square error over the held-out hours
 * @param trainSeconds wall time of training
 * @param predicted    the held-out hours' predictions (capacity factor, clamped to [0, 1]); empty when unavailable
 * @param note         why it is unavailable, or ""
 */
public record ForecastScore(ForecastModel model, boolean available, double mae, double rmse, double trainSeconds,
                            double[] predicted, String note) {

    public ForecastScore {
        predicted = predicted.clone();
    }

    static ForecastScore unavailable(ForecastModel model, String why) {
        return new ForecastScore(model, false, Double.NaN, Double.NaN, Double.NaN, new double[0], why);
    }

    @Override
    public double[] predicted() {
        return predicted.clone();
    }

    public double maeKWh(double ratedKW) {
        return mae * ratedKW;
    }
}
