package org.evwb.core.qubo.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.evwb.core.qubo.Qubo;

/**
 * A short name for one QUBO: SHA-256 over its variable labels, offset, merged linear coefficients and couplers (the
 * bits of every double), written {@code sha256:<64 hex digits>}. An exported QUBO carries it, and so may the samples
 * that come back, so a sample set is matched to the QUBO it was drawn from: a project or parameter change that alters
 * a single coefficient or label changes the fingerprint.
 */
public final class QuboFingerprint {

    /** The prefix of every fingerprint, naming the hash. */
    public static final String PREFIX = "sha256:";

    private QuboFingerprint() {
    }

    public static String of(Qubo q) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        // a version tag first, so a change of this layout never collides with an older fingerprint
        md.update("evwb-qubo-fingerprint-1".getBytes(StandardCharsets.UTF_8));
        ByteBuffer b = ByteBuffer.allocate(24);
        md.update(b.clear().putInt(q.numVariables()).flip());
        for (String label : q.labels()) {
            byte[] l = label.getBytes(StandardCharsets.UTF_8);
            md.update(b.clear().putInt(l.length).flip()); // length-prefixed: "a","bc" differs from "ab","c"
            md.update(l);
        }
        md.update(b.clear().putLong(Double.doubleToLongBits(q.offset() + 0.0)).flip());
        for (int i = 0; i < q.numVariables(); i++) {
            md.update(b.clear().putLong(Double.doubleToLongBits(q.linear(i) + 0.0)).flip());
        }
        md.update(b.clear().putInt(q.numCouplers()).flip());
        for (int k = 0; k < q.numCouplers(); k++) {
            md.update(b.clear().putInt(q.couplerU(k)).putInt(q.couplerV(k))
                    .putLong(Double.doubleToLongBits(q.couplerWeight(k) + 0.0)).flip());
        }
        return PREFIX + HexFormat.of().formatHex(md.digest());
    }

    /** True for text of the form {@code sha256:} and 64 lower-case hex digits. */
    public static boolean isFingerprint(String s) {
        return s != null && s.matches("sha256:[0-9a-f]{64}");
    }
}
