package org.evwb.ui.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.evwb.core.project.ProjectIO;

/**
 * The sample projects shipped on the class path under {@code sample-projects/}, found by listing that resource
 * folder wherever it lives: a directory (running from {@code target/classes}) or a jar (the installed application).
 * No index file: a sample is any {@code *.evwb.json} directly in the folder.
 */
public final class SampleProjects {

    public static final String FOLDER = "sample-projects";
    private static final Logger LOG = Logger.getLogger(SampleProjects.class.getName());

    /**
     * One sample: its file name, the project's name and one-line description, the ids of the studies it is for (its
     * {@code studies[].study}, in file order), and its bytes.
     */
    public record Sample(String fileName, String name, String description, List<String> studies, byte[] content) {
        public Sample {
            studies = List.copyOf(studies);
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sample s && s.fileName.equals(fileName) && Arrays.equals(s.content, content);
        }

        @Override
        public int hashCode() {
            return fileName.hashCode();
        }
    }

    private final ClassLoader loader;
    private final ObjectMapper mapper = new ObjectMapper();

    public SampleProjects(ClassLoader loader) {
        this.loader = loader;
    }

    /** Every sample, sorted by file name (first occurrence wins when two class-path entries ship the same name). */
    public List<Sample> list() {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(FOLDER);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                try {
                    collect(url, found);
                } catch (IOException | URISyntaxException | RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot list samples in " + url, e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list sample projects", e);
        }
        List<Sample> out = new ArrayList<>();
        found.forEach((name, bytes) -> out.add(describe(name, bytes)));
        out.sort(Comparator.comparing(Sample::fileName));
        return out;
    }

    /** The user's copy of a sample in {@code folder}: the sample's own file name (it may not exist yet). */
    public Path copyOf(Sample sample, Path folder) {
        return folder.resolve(sample.fileName());
    }

    /** True when the user's copy exists and differs from the sample (it was changed and saved). */
    public boolean isChanged(Sample sample, Path folder) throws IOException {
        Path copy = copyOf(sample, folder);
        return Files.exists(copy) && !Arrays.equals(Files.readAllBytes(copy), sample.content());
    }

    /**
     * Copies a sample into {@code folder} so that saving never writes into the jar. An identical copy made earlier is
     * reused; a copy the user has changed is kept and the new one gets a numbered name ({@link #freshCopy}): the
     * window asks before that happens.
     */
    public Path copyTo(Sample sample, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = copyOf(sample, folder);
        if (!Files.exists(target)) {
            ProjectIO.writeAtomically(target, sample.content(), false);
            return target;
        }
        return Arrays.equals(Files.readAllBytes(target), sample.content()) ? target : freshCopy(sample, folder);
    }

    /**
     * A copy of the sample as shipped beside the user's changed one, which stays as it is: the first numbered name
     * ({@code NAME-2.evwb.json}, …) that is free or already holds the sample unchanged.
     */
    public Path freshCopy(Sample sample, Path folder) throws IOException {
        Files.createDirectories(folder);
        String base = sample.fileName().substring(0, sample.fileName().length() - ProjectIO.EXTENSION.length());
        for (int n = 2; ; n++) {
            Path target = folder.resolve(base + "-" + n + ProjectIO.EXTENSION);
            if (!Files.exists(target)) {
                ProjectIO.writeAtomically(target, sample.content(), false);
                return target;
            }
            if (Arrays.equals(Files.readAllBytes(target), sample.content())) {
                return target;
            }
        }
    }

    private void collect(URL url, Map<String, byte[]> found) throws IOException, URISyntaxException {
        if ("file".equals(url.getProtocol())) {
            Path dir = Path.of(url.toURI());
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(ProjectIO.EXTENSION) && Files.isRegularFile(p)) {
                        found.putIfAbsent(name, Files.readAllBytes(p));
                    }
                }
            }
        } else if ("jar".equals(url.getProtocol())) {
            URLConnection c = url.openConnection();
            c.setUseCaches(false);
            if (!(c instanceof JarURLConnection jc)) {
                return;
            }
            try (JarFile jar = new JarFile(jc.getJarFileURL().toURI().getPath())) {
                String prefix = FOLDER + "/";
                for (JarEntry e : jar.stream().toList()) {
                    String rest = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : "";
                    if (!e.isDirectory() && rest.endsWith(ProjectIO.EXTENSION) && !rest.contains("/")) {
                        try (InputStream in = jar.getInputStream(e)) {
                            found.putIfAbsent(rest, in.readAllBytes());
                        }
                    }
                }
            }
        }
    }

    private Sample describe(String fileName, byte[] bytes) {
        String name = fileName;
        String description;
        List<String> studies = new ArrayList<>();
        try {
            JsonNode root = mapper.readTree(bytes);
            name = root.path("name").asText("").isBlank() ? fileName : root.path("name").asText();
            description = root.path("description").asText("");
            for (JsonNode c : root.path("studies")) {
                if (c.path("study").isTextual()) {
                    studies.add(c.path("study").asText());
                }
            }
        } catch (IOException e) {
            description = "(cannot read this sample: " + e.getMessage() + ")";
        }
        return new Sample(fileName, name, description, studies, bytes);
    }
}
