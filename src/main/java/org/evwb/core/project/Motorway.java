package org.evwb.core.project;

import java.util.List;
import java.util.Optional;
import org.evwb.core.geo.GeoPoint;

/** A one-way motorway section: nodes in ascending chainage (SPEC §5). */
public record Motorway(
        String id,
        @OptionalField String name,
        List<MotorwayNode> nodes) implements Entity {

    public Motorway {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    /** Length in km: the chainage of the last node (0 for a motorway without nodes). */
    public double lengthKm() {
        return nodes.isEmpty() ? 0 : nodes.get(nodes.size() - 1).chainageKm();
    }

    public Optional<MotorwayNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public List<GeoPoint> polyline() {
        return nodes.stream().map(MotorwayNode::position).toList();
    }

    public double[] chainages() {
        return nodes.stream().mapToDouble(MotorwayNode::chainageKm).toArray();
    }

    public Motorway withNodes(List<MotorwayNode> newNodes) {
        return new Motorway(id, name, newNodes);
    }
}
