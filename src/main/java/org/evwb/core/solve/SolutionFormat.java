package org.evwb.core.solve;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evwb.core.project.JsonProblems;
import org.evwb.core.project.OptionalField;
import org.evwb.core.project.Problem;
import org.evwb.core.project.ProjectFileException;

/**
 * How a study's solution is written in result files ({@code $.solution}) and read back: a plain-terms document
 * record (ids, not indices; units in the names) and the two conversions. The document is mapped with Jackson; a
 * mapping error becomes a problem at its JSON path ({@code $.solution.assignments[3].startMin: expected a number})
 * with the same wording project files use, and a required component (one not marked {@link OptionalField}) of the
 * document or of a record declared inside it that is absent is reported as missing. Records the document only uses
 * (e.g. a QUBO statistics block) are mapped as they are.
 *
 * @param <I> instance type
 * @param <S> solution type
 * @param <D> document record
 */
public final class SolutionFormat<I, S, D extends Record> {

    /** Where the solution lives in a result file; paths in problems start here. */
    public static final String ROOT = "$.solution";
    /** The source named by problems; callers that know the result file replace it. */
    public static final String SOURCE = "result";

    /** A solution in plain terms. */
    @FunctionalInterface
    public interface Writer<I, S, D> {
        D toDocument(I instance, S solution);
    }

    /**
     * A document back into a solution, resolving its ids against the instance ({@link SolutionIds}); an unknown id is
     * a {@link ProjectFileException} naming the path under {@link #ROOT} and the id.
     */
    @FunctionalInterface
    public interface Reader<I, D, S> {
        S fromDocument(I instance, D document) throws ProjectFileException;
    }

    private final Class<D> documentType;
    private final Writer<I, S, D> writer;
    private final Reader<I, D, S> reader;

    private SolutionFormat(Class<D> documentType, Writer<I, S, D> writer, Reader<I, D, S> reader) {
        this.documentType = Objects.requireNonNull(documentType);
        this.writer = Objects.requireNonNull(writer);
        this.reader = Objects.requireNonNull(reader);
    }

    public static <I, S, D extends Record> SolutionFormat<I, S, D> of(Class<D> documentType, Writer<I, S, D> writer,
                                                                      Reader<I, D, S> reader) {
        return new SolutionFormat<>(documentType, writer, reader);
    }

    public Class<D> documentType() {
        return documentType;
    }

    public D toDocument(I instance, S solution) {
        return writer.toDocument(instance, solution);
    }

    public S fromDocument(I instance, D document) throws ProjectFileException {
        return reader.fromDocument(instance, document);
    }

    /** The solution as the JSON of its document. */
    public JsonNode toJson(I instance, S solution, ObjectMapper mapper) {
        return mapper.valueToTree(toDocument(instance, solution));
    }

    /** Maps {@code json} onto the document and converts it; every problem names its path under {@link #ROOT}. */
    public S fromJson(I instance, JsonNode json, ObjectMapper mapper) throws ProjectFileException {
        if (json == null || !json.isObject()) {
            throw new ProjectFileException(SOURCE, ROOT, (json == null || json.isNull() ? "missing"
                    : "found " + json.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))
                    + "; a solution is an object {...} as 'evwb solve' writes it");
        }
        D document;
        try {
            document = mapper.readerFor(documentType).readValue(json);
        } catch (JsonMappingException e) {
            throw new ProjectFileException(SOURCE, List.of(JsonProblems.problem(ROOT, e)));
        } catch (IOException e) {
            throw new ProjectFileException(SOURCE, ROOT, "cannot be read: " + e.getMessage());
        }
        List<Problem> missing = new ArrayList<>();
        required(document, ROOT, missing);
        if (!missing.isEmpty()) {
            throw new ProjectFileException(SOURCE, missing);
        }
        return fromDocument(instance, document);
    }

    /** Absent required components of the document and of the records declared inside it, with their paths. */
    private void required(Object value, String path, List<Problem> out) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                required(list.get(i), path + "[" + i + "]", out);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord() || !ownRecord(value.getClass())) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v;
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                v = accessor.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v == null && !c.isAnnotationPresent(OptionalField.class)) {
                out.add(new Problem(path + "." + c.getName(), "missing; this field is required (write the result "
                        + "again with 'evwb solve' or add it)"));
            } else {
                required(v, path + "." + c.getName(), out);
            }
        }
    }

    private boolean ownRecord(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (k == documentType) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "solution as " + documentType.getSimpleName();
    }
}
