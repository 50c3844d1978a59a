package org.evwb.core.study.netzero.traffic;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evwb.core.study.netzero.cache.SourceCache;

/**
 * Floating-car data as cache bytes: per trace its id, first line and samples, doubles as they are (a cached run must
 * give exactly the profiles a fresh one does).
 */
public final class FcdTraceCodec implements SourceCache.Codec<Map<String, FcdTrace>> {

    /** The one codec. */
    public static final FcdTraceCodec INSTANCE = new FcdTraceCodec();

    private FcdTraceCodec() {
    }

    @Override
    public void write(Map<String, FcdTrace> traces, DataOutputStream out) throws IOException {
        out.writeInt(traces.size());
        for (FcdTrace t : traces.values()) {
            out.writeUTF(t.vehicleId());
            out.writeInt(t.firstLine());
            out.writeInt(t.samples());
            for (int i = 0; i < t.samples(); i++) {
                out.writeDouble(t.time(i));
                out.writeDouble(t.distance(i));
                out.writeDouble(t.speed(i));
            }
        }
    }

    @Override
    public Map<String, FcdTrace> read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative trace count");
        }
        Map<String, FcdTrace> out = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            String id = in.readUTF();
            int line = in.readInt();
            int m = in.readInt();
            if (m < 0 || m > 1 << 26) {
                throw new IOException("bad sample count " + m);
            }
            double[] t = new double[m];
            double[] d = new double[m];
            double[] v = new double[m];
            for (int i = 0; i < m; i++) {
                t[i] = in.readDouble();
                d[i] = in.readDouble();
                v[i] = in.readDouble();
            }
            out.put(id, new FcdTrace(id, t, d, v, line));
        }
        return out;
    }
}
