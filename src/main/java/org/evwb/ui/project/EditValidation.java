package org.evwb.ui.project;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evwb.core.project.Entity;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectValidator;
import org.evwb.core.project.edit.Edit;

/**
 * The one validation of an edit: the {@link ProjectValidator} that loading (and {@code evwb validate}) runs — field
 * ranges and the rules between entities, such as a station's chainage within its motorway or a vehicle's SoC within
 * its type's battery — run on the project as the edit would leave it, before the edit is performed. An edit is
 * refused when it would add a problem; problems the project already had (an unsaved generated project) do not block
 * edits that leave them as they are. The property editor and the table cells both ask here, so neither accepts what
 * the file load refuses. Each holds the problems of the last two projects it validated: an edit validates the
 * project before it only once, however many edits follow.
 */
public final class EditValidation {

    private static final Pattern ENTITY_PATH = Pattern.compile(
            "^\\$\\.(?:infrastructure\\.|fleet\\.)?([A-Za-z]+)\\[(\\d+)](?:\\.(.*))?$");

    private final ProjectValidator validator = new ProjectValidator();
    private final EntityFields fields;
    /**
     * The last two projects validated and their problems (compared by identity: projects are immutable). An edit
     * validates the project before and after it; the next edit's "before" is this one's "after", or after a refusal
     * its "before" again.
     */
    private final Project[] recent = new Project[2];
    @SuppressWarnings("unchecked")
    private final List<Problem>[] recentProblems = new List[2];
    private int lastUsed;

    public EditValidation(EntityFields fields) {
        this.fields = fields;
    }

    /** The problems {@code edit} would add to {@code before}; empty when it may be performed. */
    public List<Problem> newProblems(Project before, Edit edit) {
        return added(before, edit.apply(before));
    }

    /**
     * Why {@code edit} must not be performed on {@code before}, in the validator's words with the entity and field
     * named ("Charging station CS2, Chainage (km): 999 km is beyond the end of motorway …"); empty when it may.
     */
    public Optional<String> refusal(Project before, Edit edit) {
        Project after = edit.apply(before);
        List<Problem> added = added(before, after);
        if (added.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (Problem p : added.subList(0, Math.min(3, added.size()))) {
            sb.append(sb.length() == 0 ? "" : "\n").append(describe(p, after));
        }
        if (added.size() > 3) {
            sb.append("\n(and ").append(added.size() - 3).append(" more)");
        }
        return Optional.of(sb.toString());
    }

    private List<Problem> added(Project before, Project after) {
        Set<Problem> had = new HashSet<>(problemsOf(before));
        return problemsOf(after).stream().filter(p -> !had.contains(p)).toList();
    }

    /**
     * A problem with its JSON path turned into the words the window uses: the entity's kind and id, and the field's
     * label ({@code $.fleet.vehicles[1].socKWh} → "Vehicle EV2, SoC (kWh)").
     */
    String describe(Problem problem, Project project) {
        Matcher m = ENTITY_PATH.matcher(problem.path());
        EntityKind kind = m.matches() ? kindOf(m.group(1)) : null;
        int index = kind == null ? -1 : Integer.parseInt(m.group(2));
        if (kind == null || index >= project.entities(kind).size()) {
            return problem.path() + ": " + problem.message();
        }
        Entity e = project.entities(kind).get(index);
        String field = m.group(3);
        return kind.label() + " " + e.id() + (field == null ? "" : ", " + fieldLabel(kind, field)) + ": "
                + problem.message();
    }

    private static EntityKind kindOf(String jsonName) {
        for (EntityKind k : EntityKind.values()) {
            if (k.jsonName().equals(jsonName)) {
                return k;
            }
        }
        return null;
    }

    /** The label the editor shows for a field ("chainageKm" → "Chainage (km)"); the JSON name otherwise. */
    private String fieldLabel(EntityKind kind, String field) {
        return fields.of(kind.type().asSubclass(Record.class)).stream().filter(f -> f.name().equals(field))
                .map(EntityField::label).findFirst().orElse(field);
    }

    private List<Problem> problemsOf(Project p) {
        for (int i = 0; i < recent.length; i++) {
            if (recent[i] == p) {
                lastUsed = i;
                return recentProblems[i];
            }
        }
        int slot = 1 - lastUsed; // keep the one just used: the "before" of this edit
        recent[slot] = p;
        recentProblems[slot] = validator.validate(p);
        lastUsed = slot;
        return recentProblems[slot];
    }
}
