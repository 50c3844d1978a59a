package org.evwb.core.study.netzero;

/**
 * Where wind and PV output per hour comes from: the seam between the supply side of eq. (12) and a weather source.
 * The default is {@link WeatherSupply} (actual weather of a {@link WeatherYear}); a forecast model implements this
 * too — predicting the output from the hour's weather features — and is handed to
 * {@link NetzeroInstanceBuilder#buildWith}.
 */
public interface RenewableSupply {

    /**
     * The energy one source delivers in {@code hourOfYear}, kWh.
     *
     * @param kind        wind or PV
     * @param ratedKW     the source's rated (peak) power
     * @param meanRatedKW the mean rated power of the instance's sources of this kind (Table VII scaling reads it)
     */
    double outputKWh(RenewableSource.Kind kind, double ratedKW, double meanRatedKW, int hourOfYear);

    /** One line for reports: where the figures come from. */
    String description();
}
