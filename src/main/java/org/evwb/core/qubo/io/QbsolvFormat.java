package org.evwb.core.qubo.io;

import java.io.Reader;
import java.util.List;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;

/**
 * qbsolv's {@code .qubo} format: comment lines {@code c ...}, one program line
 * {@code p qubo 0 maxNodes nNodes nCouplers}, then nNodes diagonal lines {@code i i bias} and nCouplers coupler lines
 * {@code i j bias}. The offset, which the format lacks, travels in a {@code c offset=C} comment. {@code maxNodes} is
 * the number of variables (0..maxNodes−1), at most {@link QuboFiles#MAX_VARIABLES}, refused before anything is
 * allocated.
 */
public final class QbsolvFormat {

    private QbsolvFormat() {
    }

    public static String write(Qubo q) {
        int nodes = 0;
        for (int i = 0; i < q.numVariables(); i++) {
            nodes += q.linear(i) != 0 ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("c written by EV Energy Workbench\n");
        if (q.offset() != 0) {
            sb.append("c offset=").append(TextLines.number(q.offset())).append('\n');
        }
        sb.append("p qubo 0 ").append(q.numVariables()).append(' ').append(nodes).append(' ')
                .append(q.numCouplers()).append('\n');
        for (int i = 0; i < q.numVariables(); i++) {
            if (q.linear(i) != 0) {
                sb.append(i).append(' ').append(i).append(' ').append(TextLines.number(q.linear(i))).append('\n');
            }
        }
        for (int k = 0; k < q.numCouplers(); k++) {
            sb.append(q.couplerU(k)).append(' ').append(q.couplerV(k)).append(' ')
                    .append(TextLines.number(q.couplerWeight(k))).append('\n');
        }
        return sb.toString();
    }

    public static Qubo read(Reader in, String source) throws ProjectFileException {
        List<String> lines = TextLines.lines(in, source);
        double offset = 0;
        int maxNodes = -1;
        int nNodes = 0;
        int nCouplers = 0;
        int programLine = 0;
        int seenNodes = 0;
        int seenCouplers = 0;
        QuboBuilder b = null;
        int part = -1;
        for (int ln = 1; ln <= lines.size(); ln++) {
            String line = lines.get(ln - 1).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] t = line.split("\\s+");
            if (t[0].equals("c")) {
                String rest = line.substring(1).strip().replace(" ", "");
                if (rest.startsWith("offset=")) {
                    offset = TextLines.bias(rest.substring("offset=".length()), source, ln);
                }
                continue;
            }
            if (t[0].equals("p")) {
                if (programLine > 0) {
                    throw new ProjectFileException(source, "line " + ln, "a second program line; the 'p qubo' line "
                            + "appears once, on line " + programLine);
                }
                if (t.length != 6 || !t[1].equals("qubo")) {
                    throw new ProjectFileException(source, "line " + ln,
                            "expected 'p qubo 0 maxNodes nNodes nCouplers', found '" + TextLines.abbreviated(line)
                                    + "'");
                }
                // refused here, before a single variable is made: "p qubo 0 2000000000 0 0" is two lines long
                maxNodes = TextLines.declared(t[3], source, ln, "maxNodes", QuboFiles.MAX_VARIABLES);
                nNodes = TextLines.declared(t[4], source, ln, "nNodes", QuboFiles.MAX_VARIABLES);
                nCouplers = TextLines.declared(t[5], source, ln, "nCouplers", Integer.MAX_VALUE);
                programLine = ln;
                b = new QuboBuilder();
                for (int i = 0; i < maxNodes; i++) {
                    b.addVariable(Integer.toString(i));
                }
                part = b.objective("objective");
                continue;
            }
            if (b == null) {
                throw new ProjectFileException(source, "line " + ln, "a term before the 'p qubo 0 maxNodes nNodes "
                        + "nCouplers' line; put the program line first");
            }
            if (t.length != 3) {
                throw new ProjectFileException(source, "line " + ln, "expected 'i j bias', found '"
                        + TextLines.abbreviated(line) + "'");
            }
            int i = TextLines.index(t[0], source, ln, "index");
            int j = TextLines.index(t[1], source, ln, "index");
            double w = TextLines.bias(t[2], source, ln);
            if (i >= maxNodes || j >= maxNodes) {
                throw new ProjectFileException(source, "line " + ln, "index " + Math.max(i, j)
                        + " is not below maxNodes = " + maxNodes + "; raise maxNodes on line " + programLine);
            }
            if (i == j) {
                if (seenCouplers > 0) {
                    throw new ProjectFileException(source, "line " + ln, "a diagonal term after a coupler; qbsolv "
                            + "expects all nNodes diagonal lines first, then the couplers");
                }
                seenNodes++;
            } else {
                seenCouplers++;
            }
            b.addQuadratic(part, i, j, w);
        }
        if (b == null) {
            throw new ProjectFileException(source, "line 1", "no 'p qubo 0 maxNodes nNodes nCouplers' line; is this "
                    + "a qbsolv .qubo file?");
        }
        if (seenNodes != nNodes || seenCouplers != nCouplers) {
            throw new ProjectFileException(source, "line " + programLine, "declares " + nNodes + " diagonal and "
                    + nCouplers + " coupler lines but the file has " + seenNodes + " and " + seenCouplers
                    + "; correct the counts");
        }
        if (offset != 0) {
            b.addOffset(part, offset);
        }
        return b.build();
    }
}
