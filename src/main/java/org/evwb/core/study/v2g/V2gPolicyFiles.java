package org.evwb.core.study.v2g;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.evwb.core.project.Json;
import org.evwb.core.project.JsonProblems;
import org.evwb.core.project.ProjectFileException;

/**
 * Policy model files: JSON, written atomically; read with the project files' rules, so a damaged file names the JSON
 * path and what to do, and one made by another build's format or version is refused with the one this build reads.
 */
public final class V2gPolicyFiles {

    /** The model file's name in a project's results folder. */
    public static final String FILE_NAME = "v2g-policy.json";
    /** The quantum-kernel model's file name there. */
    public static final String QUANTUM_FILE_NAME = "v2g-policy-quantum.json";

    private final ObjectMapper mapper = Json.newMapper();

    /** The default place of a model beside a project: {@code NAME.results/v2g-policy[-quantum].json}. */
    public static Path besideProject(Path projectFile, boolean quantum) {
        String name = projectFile.getFileName().toString();
        String stem = name.endsWith(".evwb.json") ? name.substring(0, name.length() - ".evwb.json".length()) : name;
        return projectFile.resolveSibling(stem + ".results").resolve(quantum ? QUANTUM_FILE_NAME : FILE_NAME);
    }

    public void write(V2gPolicyModel model, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".v2g-policy", ".tmp");
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), model);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // a temporary file is private to its owner; a model is shared like the results beside it
            file.toFile().setReadable(true, false);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads and checks a model file; every problem is reported with the file, the JSON path and the fix. */
    public V2gPolicyModel read(Path file) throws ProjectFileException {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(source, "$", "no policy model here; train one (Study ▸ Train the v2g "
                    + "policy…, or evwb solve … --solver learned --param train=true --param model=" + file + ")");
        } catch (IOException e) {
            throw new ProjectFileException(source, "$", "cannot read the model file: " + e.getMessage());
        }
        return read(bytes, source);
    }

    /**
     * The model this build ships ({@code learned} with no model file uses it): trained with
     * {@link V2gLearned.Parameters#DEFAULT}'s settings, so {@code train=true} with them makes the same policy again.
     */
    public V2gPolicyModel shipped(boolean quantum) {
        String name = quantum ? QUANTUM_FILE_NAME : FILE_NAME;
        try (var in = V2gPolicyFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("this build has no shipped policy " + name);
            }
            return read(in.readAllBytes(), "the shipped " + name);
        } catch (IOException | ProjectFileException e) {
            throw new IllegalStateException("the shipped policy " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** True when this build ships the (quantum-kernel) model. */
    public static boolean hasShipped(boolean quantum) {
        return V2gPolicyFiles.class.getResource(quantum ? QUANTUM_FILE_NAME : FILE_NAME) != null;
    }

    /** Reads and checks a model from its bytes; {@code source} names it in messages. */
    public V2gPolicyModel read(byte[] bytes, String source) throws ProjectFileException {
        JsonNode tree = JsonProblems.readTree(mapper, bytes, source, "a policy model file");
        if (tree == null || !tree.isObject()) {
            throw new ProjectFileException(source, "$", "not a policy model (an empty file or not a JSON object); "
                    + "train the policy again");
        }
        if (!V2gPolicyModel.FORMAT.equals(tree.path("format").asText())) {
            throw new ProjectFileException(source, "$.format", "is " + tree.path("format") + ", not \""
                    + V2gPolicyModel.FORMAT + "\": this is not a v2g policy model");
        }
        if (tree.path("version").asInt(-1) != V2gPolicyModel.VERSION) {
            throw new ProjectFileException(source, "$.version", "is " + tree.path("version") + "; this build reads "
                    + "version " + V2gPolicyModel.VERSION + ": train the policy again with this build");
        }
        V2gPolicyModel model;
        try {
            model = mapper.treeToValue(tree, V2gPolicyModel.class);
        } catch (JsonMappingException e) {
            throw new ProjectFileException(source, JsonProblems.path(e), JsonProblems.mappingMessage(e));
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source, "$", e.getOriginalMessage());
        }
        if (model.report() == null || model.svm() == null || model.features() == null) {
            throw new ProjectFileException(source, model.svm() == null ? "$.svm" : model.report() == null
                    ? "$.report" : "$.features", "missing; train the policy again");
        }
        try {
            V2gPolicyClassifier.of(model);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(source, "$.svm", e.getMessage());
        }
        return model;
    }
}
