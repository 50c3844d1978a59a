package org.evwb.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.Studies;

/**
 * An evwb cluster member: {@code java -cp evwb.jar:cluster/evwb-cluster.jar:cluster/lib/* org.evwb.cluster.Member
 * --port 5701 --members 10.0.0.1:5701,10.0.0.2:5701 --interface 10.0.0.1} (docs/cli.md). It runs sweep tasks of
 * every study this build ships until it is stopped (Ctrl+C; a member never exits on its own).
 */
public final class Member {

    private Member() {
    }

    public static void main(String[] args) {
        ClusterSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("evwb member: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        HazelcastInstance hz = start(settings, Studies.standard(), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> hz.getLifecycleService().shutdown(), "evwb-member-stop"));
    }

    /**
     * Starts a member that runs sweep tasks of {@code studies}; {@code log} gets a line when it is up and whenever the
     * cluster's size changes (null: none).
     */
    static HazelcastInstance start(ClusterSettings settings, StudyRegistry studies, PrintStream log) {
        MemberSweeps sweeps = new MemberSweeps(studies);
        HazelcastInstance hz = Hazelcast.newHazelcastInstance(settings.member(sweeps, Member.class.getClassLoader()));
        ITopic<String> control = hz.getTopic(ClusterSettings.CONTROL);
        control.addMessageListener(m -> sweeps.control(m.getMessageObject()));
        if (log != null) {
            hz.getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent e) {
                    log.println("evwb member: cluster " + settings.clusterName() + " has " + e.getMembers().size()
                            + " members");
                }

                @Override
                public void memberRemoved(MembershipEvent e) {
                    log.println("evwb member: cluster " + settings.clusterName() + " has " + e.getMembers().size()
                            + " members (" + e.getMember().getAddress() + " left)");
                }
            });
            log.println("evwb member " + settings.bindAddress() + ":" + settings.port() + " up in cluster "
                    + settings.clusterName() + " with " + hz.getCluster().getMembers().size() + " members, "
                    + settings.workers() + " workers");
            log.flush();
        }
        return hz;
    }

    static ClusterSettings parse(String[] args) {
        int port = 5701;
        String iface = "127.0.0.1";
        String name = "evwb";
        List<String> members = new ArrayList<>();
        int workers = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException("usage");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--port" -> port = number(a, v);
                case "--interface" -> iface = v.strip();
                case "--cluster-name" -> name = v.strip();
                case "--workers" -> workers = number(a, v);
                case "--members" -> {
                    for (String m : v.split(",")) {
                        if (!m.isBlank()) {
                            members.add(m.strip());
                        }
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (members.isEmpty()) {
            members.add(iface + ":" + port);
        }
        return new ClusterSettings(name, iface, port, members, workers);
    }

    private static int number(String option, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": \"" + v + "\" is not a whole number");
        }
    }

    private static String usage() {
        return "usage: java -cp evwb.jar:cluster/evwb-cluster.jar:cluster/lib/* org.evwb.cluster.Member [--port 5701]"
                + " [--interface 127.0.0.1] [--members HOST:PORT,…] [--cluster-name evwb] [--workers CORES]";
    }
}
