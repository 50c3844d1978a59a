package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacked-once folder of a jar's native libraries: made complete or not at all, reused while complete, made
 * again when a file of it is lost or cut short, a folder of its own per jar content, stale leftovers removed. (The
 * real OR-Tools libraries load through it in every test that solves with OR-Tools.)
 */
class NativeLibrariesTest {

    private static final String PREFIX = "natives-x/";

    @TempDir
    Path tmp;

    private Path jar(String name, Map<String, String> files) throws IOException {
        Path jar = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(PREFIX));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("other/ignored.txt"));
            zip.write(1);
            zip.closeEntry();
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(PREFIX + f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, String> libs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("liba.so", "first library");
        m.put("libb.so.9", "second, a longer library");
        m.put("sub/libc.so", "third");
        return m;
    }

    private static long children(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.count();
        }
    }

    @Test
    void unpacksEveryFileOnceAndReusesTheFolder() throws IOException {
        Path jar = jar("lib-1.0.jar", libs());
        Path root = tmp.resolve("cache");
        Path dir = NativeLibraries.unpacked(jar, PREFIX, root);
        assertTrue(dir.getFileName().toString().startsWith("lib-1.0-"), dir.toString());
        for (Map.Entry<String, String> f : libs().entrySet()) {
            assertArrayEquals(f.getValue().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve(f.getKey())));
        }
        assertFalse(Files.exists(dir.resolve("ignored.txt")), "only the prefix's files");
        assertEquals(1, children(root), "no temporary folder is left behind");

        Files.setLastModifiedTime(dir.resolve("liba.so"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals(dir, NativeLibraries.unpacked(jar, PREFIX, root));
        assertEquals(FileTime.from(Instant.parse("2020-01-01T00:00:00Z")),
                Files.getLastModifiedTime(dir.resolve("liba.so")), "a complete folder is used as it is");
    }

    @Test
    void aFileCutShortOrLostIsUnpackedAgain() throws IOException {
        Path jar = jar("lib-1.0.jar", libs());
        Path root = tmp.resolve("cache");
        Path dir = NativeLibraries.unpacked(jar, PREFIX, root);
        Files.writeString(dir.resolve("libb.so.9"), "second");
        assertEquals(dir, NativeLibraries.unpacked(jar, PREFIX, root));
        assertEquals("second, a longer library", Files.readString(dir.resolve("libb.so.9")));
        Files.delete(dir.resolve("sub/libc.so"));
        NativeLibraries.unpacked(jar, PREFIX, root);
        assertEquals("third", Files.readString(dir.resolve("sub/libc.so")));
        assertEquals(1, children(root));
    }

    @Test
    void anotherJarContentGetsAFolderOfItsOwnAndLeftoversGo() throws IOException {
        Path root = tmp.resolve("cache");
        Path one = NativeLibraries.unpacked(jar("lib-1.0.jar", libs()), PREFIX, root);
        Map<String, String> changed = libs();
        changed.put("liba.so", "first library, rebuilt");
        Path stale = Files.createDirectories(root.resolve(NativeLibraries.TEMP_PREFIX + "killed"));
        Path fresh = Files.createDirectories(root.resolve(NativeLibraries.TEMP_PREFIX + "running"));
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path two = NativeLibraries.unpacked(jar("lib-1.0.jar", changed), PREFIX, root);
        assertNotEquals(one, two, "same file name, other libraries: another folder");
        assertEquals("first library, rebuilt", Files.readString(two.resolve("liba.so")));
        assertTrue(Files.exists(one), "a folder of another jar in recent use stays");
        assertFalse(Files.exists(stale), "a temporary folder of a killed unpacking is removed");
        assertTrue(Files.exists(fresh), "one that may still be written is left alone");

        Files.setLastModifiedTime(one, FileTime.from(Instant.now().minus(Duration.ofDays(31))));
        Files.delete(two.resolve("liba.so")); // makes the next call unpack (and tidy) again
        NativeLibraries.unpacked(jar("lib-1.0.jar", changed), PREFIX, root);
        assertFalse(Files.exists(one), "another jar's folder unused for 30 days is removed");
    }

    @Test
    void aJarWithoutThePrefixOrAnEntryOutsideItsFolderIsRefused() throws IOException {
        Path root = tmp.resolve("cache");
        IOException none = assertThrows(IOException.class,
                () -> NativeLibraries.unpacked(jar("empty.jar", Map.of()), PREFIX, root));
        assertTrue(none.getMessage().contains("holds nothing under " + PREFIX), none.getMessage());
        IOException outside = assertThrows(IOException.class,
                () -> NativeLibraries.unpacked(jar("evil.jar", Map.of("../../escape.so", "x")), PREFIX, root));
        assertTrue(outside.getMessage().contains("points outside its folder"), outside.getMessage());
        assertFalse(Files.exists(tmp.resolve("escape.so")));
        assertEquals(0, children(root), "nothing is left of a refused jar");
    }
}
