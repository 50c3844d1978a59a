package org.evwb.core.qubo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Qubo} term by term. Every term goes into a named part (objective or constraint) so that samples
 * can later be decoded. Variables are added by label; a label may be added only once.
 */
public final class QuboBuilder {

    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<PartBuffer> parts = new ArrayList<>();

    /** Adds a variable and returns its index. */
    public int addVariable(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a variable label must not be blank");
        }
        if (index.putIfAbsent(label, labels.size()) != null) {
            throw new IllegalArgumentException("variable label used twice: '" + label + "'");
        }
        labels.add(label);
        return labels.size() - 1;
    }

    /** Adds {@code count} variables labelled {@code prefix + i} and returns the index of the first. */
    public int addVariables(String prefix, int count) {
        int first = labels.size();
        for (int i = 0; i < count; i++) {
            addVariable(prefix + (first + i));
        }
        return first;
    }

    public int numVariables() {
        return labels.size();
    }

    /** Starts (or returns the existing) objective part with this name; returns its handle. */
    public int objective(String name) {
        return part(name, QuboPart.Kind.OBJECTIVE);
    }

    /** Starts (or returns the existing) constraint part with this name; returns its handle. */
    public int constraint(String name) {
        return part(name, QuboPart.Kind.CONSTRAINT);
    }

    private int part(String name, QuboPart.Kind kind) {
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p).name.equals(name)) {
                if (parts.get(p).kind != kind) {
                    throw new IllegalArgumentException("part '" + name + "' already exists as " + parts.get(p).kind);
                }
                return p;
            }
        }
        parts.add(new PartBuffer(name, kind));
        return parts.size() - 1;
    }

    public QuboBuilder addOffset(int part, double value) {
        buffer(part).offset += finite(value);
        return this;
    }

    public QuboBuilder addLinear(int part, int v, double bias) {
        checkVar(v);
        buffer(part).linear(v, finite(bias));
        return this;
    }

    /** Adds {@code bias · x_u · x_v}; {@code u == v} is a linear term since x² = x. */
    public QuboBuilder addQuadratic(int part, int u, int v, double bias) {
        checkVar(u);
        checkVar(v);
        if (u == v) {
            return addLinear(part, u, bias);
        }
        buffer(part).quad(Math.min(u, v), Math.max(u, v), finite(bias));
        return this;
    }

    /**
     * Adds {@code weight · (constant + Σ a_k x_{vars[k]})²}, expanded with x² = x: the usual one-hot or
     * "exactly/at most" penalty (e.g. SPEC §5's {@code (1 − Σ x)²} with constant 1 and a_k = −1).
     */
    public QuboBuilder addSquaredLinear(int part, double weight, double constant, int[] vars, double[] coeffs) {
        if (vars.length != coeffs.length) {
            throw new IllegalArgumentException("vars and coeffs differ in length");
        }
        addOffset(part, weight * constant * constant);
        for (int a = 0; a < vars.length; a++) {
            addLinear(part, vars[a], weight * (2 * constant * coeffs[a] + coeffs[a] * coeffs[a]));
            for (int b = a + 1; b < vars.length; b++) {
                addQuadratic(part, vars[a], vars[b], weight * 2 * coeffs[a] * coeffs[b]);
            }
        }
        return this;
    }

    public Qubo build() {
        List<QuboPart> built = new ArrayList<>(parts.size());
        for (PartBuffer b : parts) {
            built.add(b.toPart());
        }
        return new Qubo(labels, built);
    }

    private PartBuffer buffer(int part) {
        if (part < 0 || part >= parts.size()) {
            throw new IllegalArgumentException("unknown part handle " + part + "; call objective() or constraint()");
        }
        return parts.get(part);
    }

    private void checkVar(int v) {
        if (v < 0 || v >= labels.size()) {
            throw new IllegalArgumentException("variable index " + v + " out of range 0.." + (labels.size() - 1));
        }
    }

    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a QUBO coefficient must be a finite number, was " + value);
        }
        return value;
    }

    /** Growable primitive arrays for one part's terms. */
    private static final class PartBuffer {
        final String name;
        final QuboPart.Kind kind;
        double offset;
        int nLin;
        int[] linVar = new int[8];
        double[] linBias = new double[8];
        int nQuad;
        int[] qu = new int[8];
        int[] qv = new int[8];
        double[] qb = new double[8];

        PartBuffer(String name, QuboPart.Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        void linear(int v, double bias) {
            if (nLin == linVar.length) {
                linVar = Arrays.copyOf(linVar, nLin * 2);
                linBias = Arrays.copyOf(linBias, nLin * 2);
            }
            linVar[nLin] = v;
            linBias[nLin++] = bias;
        }

        void quad(int u, int v, double bias) {
            if (nQuad == qu.length) {
                qu = Arrays.copyOf(qu, nQuad * 2);
                qv = Arrays.copyOf(qv, nQuad * 2);
                qb = Arrays.copyOf(qb, nQuad * 2);
            }
            qu[nQuad] = u;
            qv[nQuad] = v;
            qb[nQuad++] = bias;
        }

        QuboPart toPart() {
            return new QuboPart(name, kind, offset, Arrays.copyOf(linVar, nLin), Arrays.copyOf(linBias, nLin),
                    Arrays.copyOf(qu, nQuad), Arrays.copyOf(qv, nQuad), Arrays.copyOf(qb, nQuad));
        }
    }
}
