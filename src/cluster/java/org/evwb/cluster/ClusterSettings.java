package org.evwb.cluster;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How evwb members and clients are configured, in one place: an own cluster name, TCP-IP join to the listed members
 * (multicast and auto-detection off, so no stray cluster on the network is joined), bound to the given interface only
 * ({@code hazelcast.socket.bind.any=false}), phone-home off, the sweep executor with one thread per worker, and the
 * worker count as a member attribute so the sweep caps the tasks in flight on each member.
 *
 * @param clusterName  the cluster's name; members and clients of other names never meet
 * @param bindAddress  the interface a member binds to and announces ({@code 127.0.0.1} for one machine)
 * @param port         the member's port
 * @param members      every member's {@code host:port} (the TCP-IP join list)
 * @param workers      sweep tasks this member runs at once (its cores)
 */
record ClusterSettings(String clusterName, String bindAddress, int port, List<String> members, int workers) {

    /** The executor that runs sweep tasks. */
    static final String EXECUTOR = "evwb-sweep";
    /** Sweep jobs by sweep id (the project travels in it once per sweep). */
    static final String JOBS = "evwb-sweep-jobs";
    /** "cancel:ID" and "done:ID" messages to every member. */
    static final String CONTROL = "evwb-sweep-control";
    /** The member attribute with its worker count. */
    static final String WORKERS_ATTRIBUTE = "evwb.workers";

    ClusterSettings {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(bindAddress, "bindAddress");
        members = List.copyOf(members);
        if (workers < 1) {
            throw new IllegalArgumentException("a member needs at least one worker, was " + workers);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be from 1 to 65535, was " + port);
        }
    }

    /** A member's configuration; {@code sweeps} runs its tasks (kept in the instance's user context). */
    Config member(MemberSweeps sweeps, ClassLoader loader) {
        Config c = new Config();
        c.setClusterName(clusterName);
        c.setClassLoader(loader);
        common(c);
        NetworkConfig net = c.getNetworkConfig();
        net.setPort(port).setPortAutoIncrement(false);
        net.setPublicAddress(bindAddress + ":" + port);
        net.getInterfaces().setEnabled(true).setInterfaces(List.of(bindAddress));
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members).setConnectionTimeoutSeconds(2);
        c.getExecutorConfig(EXECUTOR).setPoolSize(workers);
        c.getMemberAttributeConfig().setAttribute(WORKERS_ATTRIBUTE, Integer.toString(workers));
        ConcurrentHashMap<String, Object> context = new ConcurrentHashMap<>();
        context.put(MemberSweeps.KEY, sweeps);
        c.setUserContext(context);
        return c;
    }

    /** A client of the cluster at {@code addresses}; gives up after {@code connectMillis} without a member. */
    static ClientConfig client(String clusterName, List<String> addresses, long connectMillis, ClassLoader loader) {
        ClientConfig c = new ClientConfig();
        c.setClusterName(clusterName);
        c.setClassLoader(loader);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "jdk");
        c.getNetworkConfig().setAddresses(List.copyOf(addresses));
        c.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(connectMillis);
        return c;
    }

    private static void common(Config c) {
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.logging.type", "jdk");
        // a lost member is noticed in seconds, not after the default minute, so its tasks are retried soon
        c.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        c.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
        c.setProperty("hazelcast.shutdownhook.enabled", "false");
        // members on one network find each other at once; the default 5 s wait before the join only delays the start
        c.setProperty("hazelcast.wait.seconds.before.join", "0");
        c.getJetConfig().setEnabled(false);
    }
}
