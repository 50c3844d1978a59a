package org.evwb.core.study.netzero;

/**
 * Output from a weather year. TABLE_VII (default, SPEC §7): each source's yearly mean is Table VII's per-source figure
 * (≈ 0.39 kWh wind, 0.37 kWh PV per hour), in proportion to its capacity among its kind, shaped hour by hour by the
 * weather's capacity factor. CAPACITY: rated power × capacity factor × 1 h.
 */
public final class WeatherSupply implements RenewableSupply {

    private final WeatherYear year;
    private final NetzeroParameters.RenewableScaling scaling;
    private final double windTargetKWh;
    private final double pvTargetKWh;
    private final double windMeanCf;
    private final double pvMeanCf;

    public WeatherSupply(WeatherYear year, NetzeroParameters.RenewableScaling scaling, double windTargetKWh,
                         double pvTargetKWh) {
        this.year = year;
        this.scaling = scaling;
        this.windTargetKWh = windTargetKWh;
        this.pvTargetKWh = pvTargetKWh;
        this.windMeanCf = year.meanCapacityFactor(RenewableSource.Kind.WIND);
        this.pvMeanCf = year.meanCapacityFactor(RenewableSource.Kind.PV);
    }

    static WeatherSupply of(WeatherYear year, NetzeroParameters p) {
        return new WeatherSupply(year, p.renewableScaling(), p.windKWhPerSourceHour(), p.pvKWhPerSourceHour());
    }

    public WeatherYear year() {
        return year;
    }

    @Override
    public double outputKWh(RenewableSource.Kind kind, double ratedKW, double meanRatedKW, int hourOfYear) {
        double cf = year.capacityFactor(kind, hourOfYear);
        if (scaling == NetzeroParameters.RenewableScaling.CAPACITY) {
            return ratedKW * cf;
        }
        double meanCf = kind == RenewableSource.Kind.WIND ? windMeanCf : pvMeanCf;
        double target = kind == RenewableSource.Kind.WIND ? windTargetKWh : pvTargetKWh;
        return meanCf <= 0 || meanRatedKW <= 0 ? 0 : target * (ratedKW / meanRatedKW) * cf / meanCf;
    }

    @Override
    public String description() {
        return year.source() + (scaling == NetzeroParameters.RenewableScaling.TABLE_VII
                ? ", scaled to Table VII's mean per source" : ", rated power × capacity factor");
    }
}
