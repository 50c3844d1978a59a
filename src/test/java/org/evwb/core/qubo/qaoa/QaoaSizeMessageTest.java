package org.evwb.core.qubo.qaoa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evwb.core.qubo.QuboBuilder;
import org.evwb.core.solve.RunContext;
import org.junit.jupiter.api.Test;

/**
 * One refusal message for a QAOA run that is too large, whatever the path (a QUBO file's qaoa sampler, a study's
 * qaoa solver): the qubits, the limit and the memory the state vector would need — correct for any size.
 */
class QaoaSizeMessageTest {

    @Test
    void theMemoryFigureIsRightFarBeyondALong() {
        // 26 bytes per basis state: 2^487 of them (the busy A4 motorway's station model) is 9.7e138 GiB, not 12 TiB
        var e = assertThrows(IllegalArgumentException.class, () -> QaoaSimulator.checkSize(487, 26));
        assertEquals("QAOA simulation of 487 qubits needs 2^487 amplitudes, about 9.7e+138 GiB of memory; the limit "
                + "is 26 qubits. Use a smaller instance, or anneal/tabu/cpsat.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> QaoaSimulator.checkSize(40, 26));
        // 26 bytes and one feasibility bit per basis state: 26.125 × 2^40 bytes
        assertTrue(e.getMessage().contains("about 26.1 TiB of memory; the limit is 26 qubits"), e.getMessage());
        assertEquals(Long.MAX_VALUE, StateVector.bytesNeeded(64), "saturates instead of wrapping round");
    }

    @Test
    void aQuboSampledWithQaoaGetsTheSameMessageNotATruncatedOne() {
        QuboBuilder b = new QuboBuilder();
        b.addVariables("x", 71);
        int part = b.objective("o");
        for (int i = 0; i < 70; i++) {
            b.addQuadratic(part, i, i + 1, 1);
        }
        var sampler = new QaoaSampler(QaoaSimulator.Parameters.DEFAULT);
        var e = assertThrows(IllegalArgumentException.class, () -> sampler.solve(b.build(), RunContext.of(1)));
        assertTrue(e.getMessage().startsWith("QAOA simulation of 71 qubits needs 2^71 amplitudes, about 5.7e+13 GiB "
                + "of memory; the limit is " + QaoaSimulator.Parameters.DEFAULT.maxQubits() + " qubits"),
                e.getMessage());
    }
}
