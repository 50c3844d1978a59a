package org.evwb.core.qubo.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evwb.core.project.JsonProblems;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TextEncoding;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;

/** Reads and writes QUBO files by extension: {@code .coo} (dimod), {@code .qubo} (qbsolv), {@code .json} (labelled). */
public final class QuboFiles {

    /** Largest QUBO or sample file read. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    /**
     * Most variables (Gset vertices) a QUBO file may declare or use: far beyond what any sampler here solves,
     * small enough that a declared size is refused before it is allocated.
     */
    public static final int MAX_VARIABLES = 1_000_000;

    private final ObjectMapper mapper;

    public QuboFiles(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The format an extension names, or an error listing the known ones. */
    public enum Format { COO, QBSOLV, JSON }

    public static Format formatOf(Path file) throws ProjectFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".coo")) {
            return Format.COO;
        }
        if (name.endsWith(".qubo")) {
            return Format.QBSOLV;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        throw new ProjectFileException(file.toString(), "$", "unknown QUBO file type; name it .coo (dimod COO), "
                + ".qubo (qbsolv) or .json (labelled); a Gset max-cut graph is read with --maxcut");
    }

    public Qubo read(Path file) throws ProjectFileException {
        Format f = formatOf(file);
        byte[] bytes = readBytes(file);
        return switch (f) {
            case COO -> CooFormat.read(new StringReader(text(bytes, file)), file.toString());
            case QBSOLV -> QbsolvFormat.read(new StringReader(text(bytes, file)), file.toString());
            case JSON -> QuboJsonFormat.fromJson(parse(bytes, file), file.toString());
        };
    }

    public MaxCutGraph readGset(Path file) throws ProjectFileException {
        return MaxCutGraph.readGset(new StringReader(text(readBytes(file), file)), file.toString());
    }

    public String format(Qubo q, Format f) {
        return switch (f) {
            case COO -> CooFormat.write(q);
            case QBSOLV -> QbsolvFormat.write(q);
            case JSON -> {
                try {
                    yield mapper.writerWithDefaultPrettyPrinter().writeValueAsString(QuboJsonFormat.toJson(q, mapper))
                            + "\n";
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    public void write(Qubo q, Path file) throws IOException, ProjectFileException {
        ProjectIO.writeAtomically(file, format(q, formatOf(file)).getBytes(StandardCharsets.UTF_8), false);
    }

    /** Samples from a {@code .csv} (bit strings or labelled columns) or a {@code .json} written by qubo solve. */
    public SampleSet readSamples(Path file, Qubo q) throws ProjectFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes = readBytes(file);
        if (name.endsWith(".csv")) {
            return SampleImport.fromCsv(text(bytes, file).lines().toList(), q, file.toString());
        }
        if (name.endsWith(".json")) {
            return SampleImport.fromJson(parse(bytes, file), q, file.toString());
        }
        throw new ProjectFileException(file.toString(), "$", "unknown sample file type; use .csv (bit strings or "
                + "labelled 0/1 columns) or the .json written by 'evwb qubo solve --out'");
    }

    private JsonNode parse(byte[] bytes, Path file) throws ProjectFileException {
        JsonNode root = JsonProblems.readTree(mapper, bytes, file.toString(), "a QUBO file");
        if (root == null) {
            throw new ProjectFileException(file.toString(), "$", "the file is empty; expected a JSON object");
        }
        return root;
    }

    /** A text file's bytes as UTF-8 text (UTF-16/32 and other encodings refused, naming the line). */
    private static String text(byte[] bytes, Path file) throws ProjectFileException {
        return TextEncoding.decode(bytes, file.toString(), TextEncoding.Where.LINES);
    }

    private static byte[] readBytes(Path file) throws ProjectFileException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ProjectFileException(file.toString(), "$", Files.exists(file) ? "not a regular file"
                        : "the file does not exist; check the path");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ProjectFileException(file.toString(), "$", "the file is larger than 512 MB, the most a "
                        + "QUBO or sample file may have");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "$", "cannot read the file: " + e.getMessage());
        }
    }
}
