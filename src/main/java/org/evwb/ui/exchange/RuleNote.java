package org.evwb.ui.exchange;

import java.util.Locale;
import org.evwb.core.study.exchange.ExchangeParameters;
import org.evwb.core.study.exchange.ExchangeParameters.Acceptability;

/**
 * The line the exchange views show where the trading rule matters (teaching mode, sweeps, matched pairs): which pairs
 * may trade, the CPU cost p_cpu in force, and one sentence on why — p_cpu decides whether base stations and EVs ever
 * trade (docs/studies/exchange.md, "CPU cost: a reading of Table II").
 */
final class RuleNote {

    private RuleNote() {
    }

    /** The note for these parameters. */
    static String of(ExchangeParameters p) {
        return "Rule: " + rule(p.acceptability()) + " · " + cpu(p.cpuCostPerM2())
                + (p.sellerUtility() == ExchangeParameters.SellerUtility.PRINTED_DEMAND
                ? " · eq. (8) as printed: a seller is paid for its partner's demand only" : "");
    }

    static String rule(Acceptability a) {
        return switch (a) {
            case GRID_OUTSIDE_OPTION -> "a pair trades when each side does at least as well as with the grid";
            case STRICT_NON_NEGATIVE -> "the paper's C1/C2 literally, U_i ≥ 0 and U_j ≥ 0 (rejects almost every pair)";
            case PAIR_GAIN -> "a pair trades when together it beats the grid (assumes the BS pays the EV a side "
                    + "payment)";
        };
    }

    static String cpu(double pCpu) {
        String v = String.format(Locale.ROOT, "p_cpu = %s ¤/M²", trim(pCpu));
        if (pCpu == ExchangeParameters.DEFAULT_CPU_COST_PER_M2) {
            return v + " (the study's reading of Table II's units; with the 0.1 printed — preset \"Table II as "
                    + "printed\" — an EV's CPU cost of 40 per chunk outweighs all it gains, so no base station ever "
                    + "trades with an EV)";
        }
        if (pCpu == ExchangeParameters.TABLE_II_CPU_COST_PER_M2) {
            return v + " (Table II as printed: an EV's CPU cost is 40 per chunk, so no base station trades with an "
                    + "EV and T2V = V2T = 0; the study's default 0.001 reads the paper's units so that they do)";
        }
        return v + " (set in the project; the study's default is 0.001, Table II prints 0.1)";
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
