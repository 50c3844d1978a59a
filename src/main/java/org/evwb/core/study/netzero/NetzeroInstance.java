package org.evwb.core.study.netzero;

import java.util.List;

/**
 * What Problem 1 (eqs. (10)–(12), paper 004) is solved on: the parameters, the vehicle types, every EV with its
 * consumption, demand, supply and utility, the wind and PV sources with their output in the solved hour, and the
 * charging-station count N_CS. Built by {@link NetzeroInstanceBuilder}.
 *
 * @param parameters   the study parameters in force
 * @param types        the vehicle types the EVs refer to by index
 * @param evs          the fleet, in the project's (or the draw's) order
 * @param sources      wind and PV sources
 * @param stationCount N_CS (≥ 1)
 * @param supplySource where the renewables' figures came from (one line)
 * @param profileSource where the speed profiles came from (one line)
 * @param stations      the road's charging stations, each EV's {@link NetzeroEv#station()} an index into them
 */
public record NetzeroInstance(NetzeroParameters parameters, List<VehicleSpec> types, List<NetzeroEv> evs,
                              List<RenewableSource> sources, int stationCount, String supplySource,
                              String profileSource, List<NetzeroStation> stations) {

    public NetzeroInstance {
        types = List.copyOf(types);
        evs = List.copyOf(evs);
        sources = List.copyOf(sources);
        stations = stations == null ? List.of() : List.copyOf(stations);
    }

    /** The same instance with other parameters (a grid source's comparison). */
    public NetzeroInstance withParameters(NetzeroParameters p) {
        return new NetzeroInstance(p, types, evs, sources, stationCount, supplySource, profileSource, stations);
    }

    /** Indices of the EVs that charge at station {@code k}: its prosumers (suppliers, demanders and the rest). */
    public int[] prosumersOf(int k) {
        return java.util.stream.IntStream.range(0, evs.size()).filter(i -> evs.get(i).station() == k).toArray();
    }

    public VehicleSpec typeOf(NetzeroEv ev) {
        return types.get(ev.type());
    }

    /** Σ D_i, kWh. */
    public double demandKWh() {
        return evs.stream().mapToDouble(NetzeroEv::demandKWh).sum();
    }

    /** Σ S_i over every EV with a surplus (offered or not), kWh. */
    public double surplusKWh() {
        return evs.stream().mapToDouble(NetzeroEv::supplyKWh).sum();
    }

    /** Σ S_i over the offers C2 admits, kWh. */
    public double eligibleSupplyKWh() {
        return evs.stream().filter(NetzeroEv::eligible).mapToDouble(NetzeroEv::supplyKWh).sum();
    }

    /** Σ S_w + Σ S_v, kWh. */
    public double renewableKWh() {
        return sources.stream().mapToDouble(RenewableSource::outputKWh).sum();
    }

    public double renewableKWh(RenewableSource.Kind kind) {
        return sources.stream().filter(s -> s.kind() == kind).mapToDouble(RenewableSource::outputKWh).sum();
    }

    /** Indices of the EVs whose offers C2 admits. */
    public int[] eligible() {
        return java.util.stream.IntStream.range(0, evs.size()).filter(i -> evs.get(i).eligible()).toArray();
    }

    /** Energy the grid must deliver with no EV supply: max(0, ΣD − renewables), kWh (before the loss). */
    public double netDemandKWh() {
        return Math.max(0, demandKWh() - renewableKWh());
    }

    public int indexOf(String evId) {
        for (int i = 0; i < evs.size(); i++) {
            if (evs.get(i).id().equals(evId)) {
                return i;
            }
        }
        return -1;
    }
}
