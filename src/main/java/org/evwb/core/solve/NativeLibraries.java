package org.evwb.core.solve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Native libraries that ride inside a jar, unpacked once into a folder of the cache and loaded from there on every
 * later start. OR-Tools' own loader copies its ~60 MB of libraries into a new temporary folder in every JVM (about
 * 0.7 CPU-s and one to two seconds of a first solve on this class of machine) and leaves the copy in the temporary
 * folder whenever the JVM is killed.
 *
 * <p>The folder's name holds the jar's file name and a checksum of the libraries' names, sizes and CRCs (read from the
 * jar's directory, so nothing is decompressed to check it); another OR-Tools version gets a folder of its own. A
 * folder is used only when every library in it has the size the jar gives, else it is unpacked again. Unpacking
 * goes into a temporary folder beside it that is renamed in one step, so a killed JVM never leaves a half-written
 * folder in use and two JVMs unpacking at once both end up with the one that was renamed first. Temporary folders
 * older than an hour and folders of other jars not written for 30 days are removed.
 */
final class NativeLibraries {

    static final String TEMP_PREFIX = ".unpack-";
    static final Duration STALE_TEMP = Duration.ofHours(1);
    static final Duration UNUSED = Duration.ofDays(30);

    private NativeLibraries() {
    }

    /**
     * The folder under {@code root} that holds the files of {@code jar} under {@code prefix} (e.g.
     * {@code ortools-linux-x86-64/}), each at its name less the prefix; unpacked there first unless it is complete.
     */
    static Path unpacked(Path jar, String prefix, Path root) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix)
                            && e.getName().length() > prefix.length())
                    .toList();
            if (entries.isEmpty()) {
                throw new IOException(jar + " holds nothing under " + prefix);
            }
            String name = jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-" + key(entries);
            Path dir = root.resolve(name);
            if (complete(dir, entries, prefix)) {
                return dir;
            }
            Files.createDirectories(root);
            removeStale(root, name);
            Path tmp = Files.createTempDirectory(root, TEMP_PREFIX);
            try {
                for (ZipEntry e : entries) {
                    Path f = tmp.resolve(e.getName().substring(prefix.length())).normalize();
                    if (!f.startsWith(tmp)) {
                        throw new IOException(jar + ": entry " + e.getName() + " points outside its folder");
                    }
                    Files.createDirectories(f.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, f);
                    }
                }
                if (Files.exists(dir)) {
                    deleteTree(dir); // incomplete: a file of it was lost or cut short
                }
                try {
                    Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                    // another JVM renamed its copy first: use that one
                    if (!complete(dir, entries, prefix)) {
                        throw new IOException("the natives folder " + dir + " is incomplete", raced);
                    }
                }
            } finally {
                if (Files.exists(tmp)) {
                    deleteTree(tmp);
                }
            }
            return dir;
        }
    }

    /** Names, sizes and CRCs of the entries, as 8 hex digits. */
    private static String key(List<? extends ZipEntry> entries) {
        CRC32 crc = new CRC32();
        for (ZipEntry e : entries) {
            crc.update(e.getName().getBytes(StandardCharsets.UTF_8));
            crc.update(Long.toString(e.getSize()).getBytes(StandardCharsets.US_ASCII));
            crc.update(Long.toString(e.getCrc()).getBytes(StandardCharsets.US_ASCII));
        }
        return String.format("%08x", crc.getValue());
    }

    private static boolean complete(Path dir, List<? extends ZipEntry> entries, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        for (ZipEntry e : entries) {
            Path f = dir.resolve(e.getName().substring(prefix.length()));
            if (!Files.isRegularFile(f) || Files.size(f) != e.getSize()) {
                return false;
            }
        }
        return true;
    }

    /** Temporary folders of killed unpackings, and other jars' folders long unused. */
    private static void removeStale(Path root, String keep) throws IOException {
        Instant now = Instant.now();
        try (Stream<Path> children = Files.list(root)) {
            for (Path p : children.toList()) {
                String n = p.getFileName().toString();
                if (n.equals(keep) || !Files.isDirectory(p)) {
                    continue;
                }
                Duration age = Duration.between(Files.getLastModifiedTime(p).toInstant(), now);
                if (n.startsWith(TEMP_PREFIX) ? age.compareTo(STALE_TEMP) > 0 : age.compareTo(UNUSED) > 0) {
                    try {
                        deleteTree(p);
                    } catch (IOException | UncheckedIOException e) {
                        // in use elsewhere or not ours to delete: leave it
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
