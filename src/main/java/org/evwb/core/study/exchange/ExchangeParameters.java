package org.evwb.core.study.exchange;

import java.util.Map;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.StudyPreset;

/**
 * Every parameter of study {@code exchange} (SPEC §3, paper 000 Table II), each editable in the project's study
 * configuration. Units are in the names; inside utilities times are hours and energies kWh (SPEC decision).
 *
 * <p>Fields marked "Decision" are not in Table II or read it differently; docs/studies/exchange.md explains each one.
 * Decision (a reading of the paper's units): {@code cpuCostPerM2} defaults to 0.001, not Table II's 0.1 — with 0.1
 * no base-station–EV pair is ever acceptable; the preset {@link #TABLE_II_AS_PRINTED} keeps the printed value.
 */
public record ExchangeParameters(
        // ---- base-station power model, eq. (1) ----
        @Unit(value = "W", min = 0) double bbuMinPowerW,
        @Unit(value = "W", min = 0) double bbuMaxPowerW,
        @Unit(value = "W", min = 0) double rfPowerW,
        @Unit(value = "W", min = 0) double sleepPowerW,
        @Unit(value = "", min = 0, minExclusive = true) double amplifierEfficiency,
        @Unit(value = "GHz", min = 0, minExclusive = true) double bbuFrequencyGHz,
        /** β of eq. (1). Decision: 0, so a core draws between P_BBU^min and P_BBU^max as the names say. */
        @Unit(value = "", min = 0) double bbuFrequencyExponent,
        // ---- EV travel, eq. (5) ----
        /** Where m, f_g, f_a and φ come from: each vehicle's type (default) or the four values below. */
        VehiclePhysics vehiclePhysics,
        @Unit(value = "kg", min = 0, minExclusive = true) double vehicleMassKg,
        @Unit(value = "", min = 0) double groundFriction,
        @Unit(value = "", min = 0) double airResistance,
        @Unit(value = "m²", min = 0) double frontalAreaM2,
        @Unit(value = "m/s²", min = 0, minExclusive = true) double gravityMS2,
        // ---- edge computing, eqs. (2)-(4), (6) ----
        @Unit(value = "M", min = 0, minExclusive = true) double chunkSizeM,
        @Unit(value = "kW", min = 0, minExclusive = true) double chargingPowerKW,
        @Unit(value = "GHz", min = 0, minExclusive = true) double evCpuGHz,
        @Unit(value = "cycles/M", min = 0, minExclusive = true) double cyclesPerM,
        /** Decision: the EV leaves when its energy exchange ends (paper: "likely"); true keeps it until its chunk is done. */
        boolean evStaysToFinishChunk,
        /** t_BS^add per chunk (Decision: 1 s; the paper gives no value). */
        @Unit(value = "s", min = 0) double addSecondsPerChunk,
        /**
         * N_s for the edge-computing experiment (Fig. 7). Decision: 5 = K, one chunk per EV, so the BS computes only
         * what EVs leave unfinished (the situation the paper's Fig. 7 discussion describes). A matched pair always
         * shares one chunk.
         */
        @Unit(value = "", min = 1) int chunksPerTask,
        /** K for the edge-computing experiment (Fig. 7): the BS's K nearest EVs each take one chunk. Decision: 5. */
        @Unit(value = "", min = 0) int evsPerTask,
        /**
         * Decision: false (default) — the K EVs compute one after another, as eq. (2) adds their times up; true — they
         * all compute at once from t = 0.
         */
        boolean evsComputeInParallel,
        // ---- prices and utilities, eqs. (3), (6)-(8) ----
        @Unit(value = "¤/kWh", min = 0) double batteryCostPerKWh,
        /**
         * p_EV^cpu of eq. (6). Decision: 0.001 (Table II prints 0.1; read as the paper's units giving a per-chunk CPU
         * cost of 0.4 comparable with the other terms, where 0.1 makes it 40 and rules out every BS–EV trade).
         */
        @Unit(value = "¤/M²", min = 0) double cpuCostPerM2,
        @Unit(value = "", min = 0) double costA,
        @Unit(value = "", min = 0) double costB,
        @Unit(value = "", min = 0) double rewardAlpha,
        @Unit(value = "", min = 0) double satisfactionGamma,
        @Unit(value = "¤/h", min = 0) double bsRewardPerHour,
        @Unit(value = "¤/h", min = 0) double bsTaskCostPerHour,
        @Unit(value = "¤/kWh", min = 0) double sellerPricePerKWh,
        @Unit(value = "¤/kWh", min = 0) double gridPricePerKWh,
        /** d^social between any buyer and seller (weighted social attributes; SPEC default 0). */
        @Unit(value = "", min = 0) double socialDistance,
        /** Decision: an EV trading with the grid drives this far to a grid connection (default 0 km: where it is). */
        @Unit(value = "km", min = 0) double gridAccessDistanceKm,
        // ---- roles and acceptability ----
        @Unit(value = "", min = 0) double sellerMinSocFraction,
        @Unit(value = "", min = 0, minExclusive = true) double buyerTargetSocFraction,
        @Unit(value = "h", min = 0, minExclusive = true) double reserveHours,
        Acceptability acceptability,
        /** Default proposing side of {@code gale-shapley} (the solver may override it). */
        ProposingSide proposingSide,
        // ---- QUBO formulation (SPEC §3), sampled by anneal, tabu, exact, cpsat, random and qaoa ----
        /**
         * P on every two pairs that share a buyer or a seller (at most one partner each); 0 (default) = just above
         * the largest |gain|, 1.01 × + 1e-6, so that every ground state is a matching.
         */
        double quboPenalty,
        /**
         * Decision: true (default) — {@code anneal} with betaHot and betaCold left at 0 takes its β range from P
         * ({@link ExchangeQuboFormulation#betaRange}); false — from the Ising biases, the engine's own rule. A β the
         * user sets on {@code anneal} is always kept.
         */
        boolean quboBetaFromPenalty,
        // ---- readings of the paper's formulas ----
        /**
         * How eq. (8) prices a matched seller's energy. Decision: {@link SellerUtility#WHOLE_SURPLUS} (default) — the
         * seller sells its whole surplus s_j (e_i to its partner, the rest to the grid); {@link
         * SellerUtility#PRINTED_DEMAND} — eq. (8) as printed, {@code p_j·e_i − Cost(e_i)}, the rest unsold.
         */
        SellerUtility sellerUtility) {

    /** Default p_EV^cpu (¤ per M²): a reading of the paper's units, see {@link #cpuCostPerM2()}. */
    public static final double DEFAULT_CPU_COST_PER_M2 = 0.001;

    /** Table II's p_EV^cpu as printed. */
    public static final double TABLE_II_CPU_COST_PER_M2 = 0.1;

    /**
     * Preset "Table II as printed": every value of Table II as the paper prints it, p_cpu = 0.1 included. With it an
     * EV's computing utility is ≈ −39.6 per chunk, so under the default rule no base station trades with an EV.
     */
    public static final StudyPreset TABLE_II_AS_PRINTED = new StudyPreset("table-ii-as-printed",
            "Table II as printed", "p_cpu = 0.1 as Table II prints it: then no base station and EV ever trade "
            + "(T2V = V2T = 0); the default 0.001 reads the paper's units so that they do",
            Map.of("cpuCostPerM2", TABLE_II_CPU_COST_PER_M2));

    /** How eq. (8) reads (docs/studies/exchange.md, "Eq. (8), seller utility"). */
    public enum SellerUtility {
        /**
         * Decision (default): a seller offers its whole surplus s_j; its partner takes e_i, the grid the rest, both at
         * p_j, and Cost applies to all it sells: {@code U_j = p_j·s_j − Cost(s_j) + pair term}.
         */
        WHOLE_SURPLUS,
        /**
         * Eq. (8) as printed: {@code U_j = p_j·e_i − Cost(e_i) + pair term} with a partner, the rest of s_j kept;
         * {@code p_j·s_j − Cost(s_j)} when it sells to the grid.
         */
        PRINTED_DEMAND
    }

    /** Where eq. (5)'s vehicle constants come from. */
    public enum VehiclePhysics { VEHICLE_TYPE, PARAMETERS }

    /** Which pairs may trade. */
    public enum Acceptability {
        /** SPEC default: each side's utility with the partner is at least its utility when trading with the grid. */
        GRID_OUTSIDE_OPTION,
        /** The paper's literal C1/C2: U_i ≥ 0 and U_j ≥ 0 (rejects almost every pair with Table II values). */
        STRICT_NON_NEGATIVE,
        /** The pair together beats both trading with the grid (gain ≥ 0), as if the pair shared the surplus. */
        PAIR_GAIN
    }

    /** Who proposes in deferred acceptance. */
    public enum ProposingSide { BUYERS, SELLERS }

    public static ExchangeParameters defaults() {
        return new ExchangeParameters(5, 20, 21.9, 6.45, 0.311, 2.5, 0,
                VehiclePhysics.VEHICLE_TYPE, 1000, 0.018, 0.4, 2.0, 9.81,
                20, 110, 2.0, 2.4381e9, false, 1.0, 5, 5, false,
                0.00028, DEFAULT_CPU_COST_PER_M2, 0.1, 0.1, 500, 0.1, 1, 500, 18.5, 18.6, 0, 0,
                0.5, 0.8, 1.0, Acceptability.GRID_OUTSIDE_OPTION, ProposingSide.BUYERS, 0, true,
                SellerUtility.WHOLE_SURPLUS);
    }

    public ExchangeParameters {
        positive(amplifierEfficiency, "amplifierEfficiency");
        positive(bbuFrequencyGHz, "bbuFrequencyGHz");
        positive(gravityMS2, "gravityMS2");
        positive(chunkSizeM, "chunkSizeM");
        positive(chargingPowerKW, "chargingPowerKW");
        positive(evCpuGHz, "evCpuGHz");
        positive(cyclesPerM, "cyclesPerM");
        positive(reserveHours, "reserveHours");
        positive(vehicleMassKg, "vehicleMassKg");
        positive(buyerTargetSocFraction, "buyerTargetSocFraction");
        for (double v : new double[] {bbuMinPowerW, bbuMaxPowerW, rfPowerW, sleepPowerW, bbuFrequencyExponent,
                groundFriction, airResistance, frontalAreaM2, addSecondsPerChunk, batteryCostPerKWh, cpuCostPerM2,
                costA, costB, rewardAlpha, satisfactionGamma, bsRewardPerHour, bsTaskCostPerHour,
                sellerPricePerKWh, gridPricePerKWh, socialDistance, gridAccessDistanceKm, sellerMinSocFraction}) {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException("exchange parameters must be finite and >= 0, found " + v);
            }
        }
        if (!Double.isFinite(quboPenalty) || quboPenalty < 0) {
            throw new IllegalArgumentException("quboPenalty must be a finite number >= 0 (0 = just above the "
                    + "largest gain), was " + quboPenalty);
        }
        if (chunksPerTask < 1 || evsPerTask < 0) {
            throw new IllegalArgumentException("chunksPerTask must be >= 1 and evsPerTask >= 0");
        }
        if (vehiclePhysics == null) {
            vehiclePhysics = VehiclePhysics.VEHICLE_TYPE;
        }
        if (acceptability == null) {
            acceptability = Acceptability.GRID_OUTSIDE_OPTION;
        }
        if (proposingSide == null) {
            proposingSide = ProposingSide.BUYERS;
        }
        if (sellerUtility == null) {
            sellerUtility = SellerUtility.WHOLE_SURPLUS;
        }
    }

    private static void positive(double v, String name) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, was " + v);
        }
    }

    /** A copy with another acceptability rule. */
    public ExchangeParameters withAcceptability(Acceptability a) {
        return new ExchangeParameters(bbuMinPowerW, bbuMaxPowerW, rfPowerW, sleepPowerW, amplifierEfficiency,
                bbuFrequencyGHz, bbuFrequencyExponent, vehiclePhysics, vehicleMassKg, groundFriction, airResistance,
                frontalAreaM2, gravityMS2, chunkSizeM, chargingPowerKW, evCpuGHz, cyclesPerM, evStaysToFinishChunk,
                addSecondsPerChunk, chunksPerTask, evsPerTask, evsComputeInParallel, batteryCostPerKWh, cpuCostPerM2, costA,
                costB,
                rewardAlpha, satisfactionGamma, bsRewardPerHour, bsTaskCostPerHour, sellerPricePerKWh,
                gridPricePerKWh, socialDistance, gridAccessDistanceKm, sellerMinSocFraction, buyerTargetSocFraction,
                reserveHours, a, proposingSide, quboPenalty, quboBetaFromPenalty, sellerUtility);
    }

    /** A copy with another chunk size s_EV and charging power P_chg (the Fig. 7 experiment). */
    public ExchangeParameters withChunkAndCharging(double newChunkSizeM, double newChargingPowerKW) {
        return new ExchangeParameters(bbuMinPowerW, bbuMaxPowerW, rfPowerW, sleepPowerW, amplifierEfficiency,
                bbuFrequencyGHz, bbuFrequencyExponent, vehiclePhysics, vehicleMassKg, groundFriction, airResistance,
                frontalAreaM2, gravityMS2, newChunkSizeM, newChargingPowerKW, evCpuGHz, cyclesPerM,
                evStaysToFinishChunk, addSecondsPerChunk, chunksPerTask, evsPerTask, evsComputeInParallel,
                batteryCostPerKWh,
                cpuCostPerM2, costA, costB, rewardAlpha, satisfactionGamma, bsRewardPerHour, bsTaskCostPerHour,
                sellerPricePerKWh, gridPricePerKWh, socialDistance, gridAccessDistanceKm, sellerMinSocFraction,
                buyerTargetSocFraction, reserveHours, acceptability, proposingSide, quboPenalty, quboBetaFromPenalty,
                sellerUtility);
    }

    /** A copy with another reading of eq. (8). */
    public ExchangeParameters withSellerUtility(SellerUtility reading) {
        return with("sellerUtility", reading);
    }

    /** A copy with another CPU cost p_EV^cpu (¤ per M², eq. (6)). */
    public ExchangeParameters withCpuCost(double newCpuCostPerM2) {
        return with("cpuCostPerM2", newCpuCostPerM2);
    }

    /** A copy with one value changed by name (checked as a study configuration's value is). */
    private ExchangeParameters with(String name, Object value) {
        return RecordValues.withOverrides("exchange parameters", this, Map.of(name, value));
    }

    /** A copy with another QUBO penalty P (0 = the default rule) and β rule for {@code anneal}. */
    public ExchangeParameters withQubo(double penalty, boolean betaFromPenalty) {
        return new ExchangeParameters(bbuMinPowerW, bbuMaxPowerW, rfPowerW, sleepPowerW, amplifierEfficiency,
                bbuFrequencyGHz, bbuFrequencyExponent, vehiclePhysics, vehicleMassKg, groundFriction, airResistance,
                frontalAreaM2, gravityMS2, chunkSizeM, chargingPowerKW, evCpuGHz, cyclesPerM, evStaysToFinishChunk,
                addSecondsPerChunk, chunksPerTask, evsPerTask, evsComputeInParallel, batteryCostPerKWh, cpuCostPerM2,
                costA, costB, rewardAlpha, satisfactionGamma, bsRewardPerHour, bsTaskCostPerHour, sellerPricePerKWh,
                gridPricePerKWh, socialDistance, gridAccessDistanceKm, sellerMinSocFraction, buyerTargetSocFraction,
                reserveHours, acceptability, proposingSide, penalty, betaFromPenalty, sellerUtility);
    }
}
