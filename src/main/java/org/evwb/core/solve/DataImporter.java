package org.evwb.core.solve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.edit.Edit;

/**
 * One kind of data file a study can import into a project (edge: a task trace or a server's solar; v2g: a market
 * day), declared by {@link StudyDefinition#importers()}. The platform gives every declared importer a window entry
 * (<em>File ▸ Import ▸ Study: title…</em>, read off the FX thread, applied as one undoable edit) and a CLI command
 * ({@code evwb import STUDY KIND FILE --project P [--out Q] [--param NAME=VALUE]}, saved atomically); the study
 * writes only the reading. A reader checks the whole file against the project before it returns, and refuses it with
 * every problem at its row and column ({@link ProjectFileException}) — nothing is applied then.
 *
 * @param kind        the id the CLI takes ({@code tasks}, {@code solar}, {@code market}); unique within the study
 * @param title       what the menu and listings call it ("Task trace (CSV)")
 * @param replaces    what an import replaces in the project, in the user's words
 * @param extensions  file name endings the file chooser offers ({@code csv}, {@code xml}); the first is the default
 * @param params      the options the reader takes (by name), each with what it means and its default
 * @param reader      the reading
 */
public record DataImporter(String kind, String title, String replaces, List<String> extensions, List<Param> params,
                           Reader reader) {

    public DataImporter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reader, "reader");
        extensions = extensions == null || extensions.isEmpty() ? List.of("csv") : List.copyOf(extensions);
        params = params == null ? List.of() : List.copyOf(params);
    }

    /** An option of an importer: its name and what it means (with its default). */
    public record Param(String name, String description) { }

    /**
     * What an import is asked to read.
     *
     * @param file      the file
     * @param project   the project it goes into, as it is now
     * @param params    the options given ({@code --param}); the window gives none
     * @param selection what is selected in the window (empty from the CLI): an importer may take its target from it,
     *                  e.g. the edge server whose solar is replaced
     */
    public record Request(Path file, Project project, Map<String, String> params, List<EntityRef> selection) {
        public Request {
            params = params == null ? Map.of() : Map.copyOf(params);
            selection = selection == null ? List.of() : List.copyOf(selection);
        }

        /** The option's value, or {@code fallback} when it was not given. */
        public String param(String name, String fallback) {
            String v = params.get(name);
            return v == null || v.isBlank() ? fallback : v;
        }
    }

    /**
     * What a read file becomes: the one edit that applies it (undoable as a whole) and a line saying what it does
     * ("1,440 solar values (W) into series solar-clear of server edge-sfb").
     */
    public record Result(Edit edit, String summary) {
        public Result {
            Objects.requireNonNull(edit, "edit");
        }
    }

    /** Reads a file against a project; progress and cancel through the context. */
    @FunctionalInterface
    public interface Reader {
        Result read(Request request, RunContext context) throws ProjectFileException;
    }

    /** Reads {@code request}, first refusing options the importer does not take (naming the ones it does). */
    public Result read(Request request, RunContext context) throws ProjectFileException {
        for (String name : request.params().keySet()) {
            if (params.stream().noneMatch(p -> p.name().equals(name))) {
                throw new ProjectFileException(request.file().toString(), "--param " + name, "the " + kind
                        + " import takes no option '" + name + "'; it takes " + (params.isEmpty() ? "none"
                        : String.join(", ", params.stream().map(Param::name).toList())));
            }
        }
        return reader.read(request, context);
    }

    /** The window's menu text: "Task trace (CSV)…". */
    public String menuText() {
        return title + "…";
    }
}
