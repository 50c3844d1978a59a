package org.evwb.core.qubo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Ising;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.RandomQubos;
import org.junit.jupiter.api.Test;

class CooFormatTest {

    @Test
    void roundTripIsBitForBit() throws Exception {
        for (int t = 0; t < 20; t++) {
            Qubo q = RandomQubos.random(3 + t, 0.3, t % 2 == 0, 40 + t);
            String text = CooFormat.write(q);
            Qubo back = CooFormat.read(new StringReader(text), "t.coo");
            assertTrue(q.sameCoefficients(back), text);
            assertEquals(text, CooFormat.write(back));
        }
    }

    @Test
    void readsDimodStyleFileWithoutOurHeaders() throws Exception {
        String text = "# vartype=BINARY\n0 0 -1.5\n0 1 2\n1 2 .25\n\n2 2 3.0\n";
        Qubo q = CooFormat.read(new StringReader(text), "d.coo");
        assertEquals(3, q.numVariables());
        assertEquals(-1.5, q.linear(0));
        assertEquals(3.0, q.linear(2));
        assertEquals(2.0, q.quadratic(0, 1));
        assertEquals(0.25, q.quadratic(1, 2));
        assertTrue(!CooFormat.write(q).contains("E"), "no exponent notation for dimod");
    }

    @Test
    void spinFileIsConvertedThroughIsing() throws Exception {
        Qubo q = CooFormat.read(new StringReader("# vartype=SPIN\n0 0 1\n0 1 -2\n"), "s.coo");
        byte[][] states = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        for (byte[] x : states) {
            byte[] s = Ising.bitsToSpins(x);
            assertEquals(s[0] - 2.0 * s[0] * s[1], q.energy(x), 0.0);
        }
    }

    @Test
    void errorsNameFileLineAndFix() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> CooFormat.read(new StringReader("0 0 1\n0 x 2\n"), "bad.coo"));
        assertTrue(e.getMessage().startsWith("bad.coo: line 2"), e.getMessage());
        e = assertThrows(ProjectFileException.class,
                () -> CooFormat.read(new StringReader("0 1 2 3\n"), "bad.coo"));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("i j bias"), e.getMessage());
        e = assertThrows(ProjectFileException.class,
                () -> CooFormat.read(new StringReader("0 1 abc\n"), "bad.coo"));
        assertTrue(e.getMessage().contains("abc"), e.getMessage());
    }
}
