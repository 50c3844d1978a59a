package org.evwb.ui.qubo;

import org.evwb.core.qubo.Decoded;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;

/**
 * One row of the sample table. The decoding against the QUBO's parts (objective, broken constraints) costs a pass
 * over every term, so it is done when a row is first shown, not for every sample up front.
 */
public final class SampleRow {

    private final int rank;
    private final Sample sample;
    private final Qubo qubo;
    private Decoded decoded;

    SampleRow(int rank, Sample sample, Qubo qubo) {
        this.rank = rank;
        this.sample = sample;
        this.qubo = qubo;
    }

    public int rank() {
        return rank;
    }

    public Sample sample() {
        return sample;
    }

    public Decoded decoded() {
        if (decoded == null) {
            decoded = qubo.decode(sample.state());
        }
        return decoded;
    }

    /** "none", or each broken constraint with its penalty energy. */
    public String brokenText() {
        var broken = decoded().brokenConstraints();
        if (broken.isEmpty()) {
            return qubo.hasConstraints() ? "none" : "";
        }
        StringBuilder sb = new StringBuilder();
        for (Decoded.Broken b : broken) {
            sb.append(sb.length() == 0 ? "" : "; ").append(b.constraint()).append(" (")
                    .append(org.evwb.ui.project.EntityField.formatNumber(b.penalty())).append(')');
        }
        return sb.toString();
    }
}
