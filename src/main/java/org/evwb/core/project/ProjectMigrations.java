package org.evwb.core.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Brings an older project file up to {@link Project#CURRENT_VERSION}, one version step at a time, on the JSON tree
 * before it is mapped onto records. Version 1 is the first released format, so the standard set is empty; each future
 * format change adds a step {@code from → from + 1} here.
 */
public final class ProjectMigrations {

    private final Map<Integer, UnaryOperator<ObjectNode>> steps;
    private final int currentVersion;

    public ProjectMigrations(Map<Integer, UnaryOperator<ObjectNode>> steps, int currentVersion) {
        this.steps = new TreeMap<>(steps);
        this.currentVersion = currentVersion;
    }

    /** The migrations of this build. */
    public static ProjectMigrations standard() {
        return new ProjectMigrations(Map.of(), Project.CURRENT_VERSION);
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** The oldest version this build can migrate from. */
    public int oldestSupported() {
        int v = currentVersion;
        while (steps.containsKey(v - 1)) {
            v--;
        }
        return v;
    }

    /**
     * Migrates the tree in place from {@code version} to the current version and sets its {@code version} field.
     *
     * @throws IllegalArgumentException when no chain of steps leads from {@code version}
     */
    public ObjectNode migrate(ObjectNode tree, int version) {
        ObjectNode t = tree;
        for (int v = version; v < currentVersion; v++) {
            UnaryOperator<ObjectNode> step = steps.get(v);
            if (step == null) {
                throw new IllegalArgumentException("no migration from version " + v);
            }
            t = step.apply(t);
            t.put("version", v + 1);
        }
        return t;
    }
}
