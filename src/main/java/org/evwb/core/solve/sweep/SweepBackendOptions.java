package org.evwb.core.solve.sweep;

import java.util.List;

/**
 * How to reach a distributed engine: {@code addresses} of an existing cluster ({@code host:port}, or the engine's own
 * URL), or none for a try-out in this process with {@code embeddedMembers} members; {@code clusterName} keeps other
 * clusters on the network out; {@code threadsPerMember} is each embedded member's worker count (0: this machine's
 * cores shared between them).
 */
public record SweepBackendOptions(List<String> addresses, int embeddedMembers, String clusterName,
                                  int threadsPerMember) {

    public static final String DEFAULT_CLUSTER_NAME = "evwb";
    public static final int DEFAULT_EMBEDDED_MEMBERS = 2;

    public SweepBackendOptions {
        addresses = List.copyOf(addresses);
        if (embeddedMembers < 1) {
            throw new IllegalArgumentException("embedded members must be at least 1, was " + embeddedMembers);
        }
        if (threadsPerMember < 0) {
            throw new IllegalArgumentException("threads per member must be 0 (share the cores) or more, was "
                    + threadsPerMember);
        }
        clusterName = clusterName == null || clusterName.isBlank() ? DEFAULT_CLUSTER_NAME : clusterName.strip();
    }

    /** Two members in this process. */
    public static SweepBackendOptions embedded() {
        return new SweepBackendOptions(List.of(), DEFAULT_EMBEDDED_MEMBERS, DEFAULT_CLUSTER_NAME, 0);
    }

    /**
     * An existing cluster from {@code host:port[,host:port…]} (blank: embedded); throws naming the bad address.
     */
    public static SweepBackendOptions parse(String addressList, int embeddedMembers, String clusterName) {
        List<String> out = new java.util.ArrayList<>();
        if (addressList != null) {
            for (String a : addressList.split(",")) {
                String s = a.strip();
                if (s.isEmpty()) {
                    continue;
                }
                int colon = s.lastIndexOf(':');
                if (colon <= 0 || colon == s.length() - 1) {
                    throw new IllegalArgumentException("cluster address \"" + s + "\" must be host:port, e.g. "
                            + "127.0.0.1:5701");
                }
                try {
                    int port = Integer.parseInt(s.substring(colon + 1));
                    if (port < 1 || port > 65535) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("cluster address \"" + s + "\": the port must be a number "
                            + "from 1 to 65535");
                }
                out.add(s);
            }
        }
        return new SweepBackendOptions(out, embeddedMembers, clusterName, 0);
    }

    public boolean isEmbedded() {
        return addresses.isEmpty();
    }
}
