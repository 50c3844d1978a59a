package org.evwb.core.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writing files so that a kill at any moment leaves each file either as it was or whole in its new content, never
 * half-written or gone: projects (with their {@code .bak}), results, exports, settings.
 *
 * <p>The new content goes to a temp file beside the target ({@code .NAME<digits>.tmp}), forced to disk, then moved
 * over the target in one atomic step. With a backup, the previous content is first copied the same way: to
 * {@code .NAME.bak<digits>.tmp}, forced, then moved over {@code NAME.bak} — so the backup, too, is always either the
 * previous backup or the previous file, whole (it was once deleted first and then rewritten, which a kill turned
 * into no backup or half a backup). Each temp file is locked while it is in use; {@link #cleanStale} removes temp
 * files of this naming that no one holds and that are older than this process or than a few seconds — what killed
 * saves leave behind.
 */
public final class SafeWrite {

    /** A temp file in use is locked; an unlocked one this young may be just created and not yet locked. */
    static final Duration STALE_AFTER = Duration.ofSeconds(2);

    /**
     * Test hook: with {@code -Devwb.test.pauseWriteAt=STAGE} a write stops at that stage forever (after writing
     * the file named by {@code -Devwb.test.pauseMarker}), so a test can kill the process exactly there. Stages, in
     * order: {@code new-written}, {@code backup-partial}, {@code backup-written}, {@code backup-moved},
     * {@code moved}.
     */
    public static final String PAUSE_PROPERTY = "evwb.test.pauseWriteAt";
    public static final String MARKER_PROPERTY = "evwb.test.pauseMarker";

    private static final Pattern DIGITS_TMP = Pattern.compile("(\\.bak)?\\d+\\.tmp");

    private SafeWrite() {
    }

    /**
     * Writes {@code bytes} to {@code file} atomically, optionally keeping the previous content as
     * {@code NAME.bak}. Errors name the target file and the reason, never a temp file.
     */
    public static void write(Path file, byte[] bytes, boolean keepBackup) throws IOException {
        // normalised as checkWritable does: "new/../r.json" is r.json, not a path through a folder that is not there
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        try {
            if (Files.isDirectory(abs)) {
                throw new FileAlreadyExistsException(abs.toString(), null, "is a folder");
            }
            Files.createDirectories(dir);
            writeSteps(abs, dir, bytes, keepBackup);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e, dir), e);
        }
    }

    private static void writeSteps(Path abs, Path dir, byte[] bytes, boolean keepBackup) throws IOException {
        String name = abs.getFileName().toString();
        Path tmp = Files.createTempFile(dir, "." + name, ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             FileLock lock = ch.tryLock()) {
            writeAll(ch, bytes, 0, bytes.length);
            ch.force(true);
            keepPermissions(abs, tmp);
            pause("new-written");
            if (keepBackup && Files.isRegularFile(abs)) {
                rotateBackup(abs, dir, name);
            }
            move(tmp, abs);
            pause("moved");
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceDirectory(dir);
    }

    /** The previous content to {@code NAME.bak}, by the same temp-force-move, so the old backup stays until then. */
    private static void rotateBackup(Path abs, Path dir, String name) throws IOException {
        byte[] old = Files.readAllBytes(abs);
        Path bak = backupOf(abs);
        if (Files.isDirectory(bak)) {
            throw new FileAlreadyExistsException(bak.toString(), null, "a folder is where the backup goes");
        }
        Path tmp = Files.createTempFile(dir, "." + name + ".bak", ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             FileLock lock = ch.tryLock()) {
            int half = old.length / 2;
            writeAll(ch, old, 0, half);
            pause("backup-partial");
            writeAll(ch, old, half, old.length - half);
            ch.force(true);
            keepPermissions(abs, tmp);
            pause("backup-written");
            move(tmp, bak);
            pause("backup-moved");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Checks, before any long work, that {@code file} could be written: it is not a folder, and its folder (or,
     * when that does not exist yet, the nearest folder above it, where it would be created) takes a new file — tried
     * by creating and deleting a temp file there, the only test that sees permissions, read-only mounts and full
     * disks alike. Nothing is left behind.
     *
     * @throws IOException whose message names the file and the reason ({@link #reason})
     */
    public static void checkWritable(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        try {
            if (Files.isDirectory(abs)) {
                throw new FileAlreadyExistsException(abs.toString(), null, "is a folder; give a file name");
            }
            if (Files.exists(abs) && !Files.isWritable(abs)) {
                throw new AccessDeniedException(abs.toString(), null, "the file is read-only");
            }
            Path existing = dir;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                throw new NoSuchFileException(String.valueOf(dir));
            }
            if (!Files.isDirectory(existing)) {
                throw new NotDirectoryException(existing.toString());
            }
            Path probe = Files.createTempFile(existing, "." + abs.getFileName(), ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e, dir), e);
        }
    }

    /** Where a save keeps the previous version of {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Deletes the temp files killed writes of {@code file} left beside it ({@code .NAME<digits>.tmp},
     * {@code .NAME.bak<digits>.tmp}) that are stale: not locked by a write in progress, and older than this
     * process or than {@link #STALE_AFTER}. Best effort; returns what was deleted.
     */
    public static List<Path> cleanStale(Path file) {
        Path abs = file.toAbsolutePath();
        String prefix = "." + abs.getFileName();
        return cleanStale(abs.getParent(), n -> n.startsWith(prefix)
                && DIGITS_TMP.matcher(n.substring(prefix.length())).matches());
    }

    /** {@link #cleanStale(Path)} for a whole folder of our files (a project's results): every {@code .X<digits>.tmp}. */
    public static List<Path> cleanStaleIn(Path folder) {
        return cleanStale(folder, n -> n.startsWith(".") && n.matches("\\..+?\\d+\\.tmp"));
    }

    private static List<Path> cleanStale(Path dir, Predicate<String> ours) {
        List<Path> deleted = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return deleted;
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
        Instant young = Instant.now().minus(STALE_AFTER);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> ours.test(p.getFileName().toString())).toList()) {
                try {
                    Instant modified = Files.getLastModifiedTime(p).toInstant();
                    if ((modified.isBefore(started) || modified.isBefore(young)) && Files.isRegularFile(p)
                            && !inUse(p)) {
                        Files.deleteIfExists(p);
                        deleted.add(p);
                    }
                } catch (IOException | RuntimeException e) {
                    // another process may be removing it, or the folder is read-only: it is only a leftover
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort, as above
        }
        return deleted;
    }

    /** True when a write holds the file's lock (in this process or another). */
    private static boolean inUse(Path p) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // cannot tell: leave it
        }
    }

    private static void writeAll(FileChannel ch, byte[] bytes, int from, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes, from, length);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The move is durable only once the folder's entry is on disk too (POSIX); elsewhere this does nothing. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // not every platform opens folders; the file itself was forced
        }
    }

    /** The temp file is created owner-only; the saved file keeps the permissions the user gave the old one. */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the content matters, the permissions are a courtesy
        }
    }

    /**
     * Why a write failed, in words about the user's folder and file: never the temp file's name, never an
     * exception class.
     */
    public static String reason(IOException e, Path dir) {
        String folder = dir == null ? "the folder" : "the folder " + dir;
        if (e instanceof AccessDeniedException a && a.getReason() != null) {
            return "permission denied: " + a.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + folder + " is not writable for you";
        }
        if (e instanceof NotDirectoryException n) {
            return "a file is in the way: " + n.getFile() + " is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException f && f.getReason() != null) {
            return f.getFile() + " " + f.getReason();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "a file is in the way: " + f.getFile() + " is not a folder";
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return d.getFile() + " is a folder that is not empty";
        }
        if (e instanceof NoSuchFileException) {
            return folder + " does not exist and cannot be created";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            if (r.contains("Read-only file system")) {
                return folder + " is on a read-only file system";
            }
            if (r.contains("No space left")) {
                return "the disk is full (no space left on the device of " + folder + ")";
            }
            if (r.contains("Not a directory")) {
                return "a file is in the way: part of " + folder + " is a file, not a folder";
            }
            if (r.contains("Is a directory")) {
                return "the target is a folder";
            }
            return r.toLowerCase(java.util.Locale.ROOT) + " (" + folder + ")";
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }

    /** The test hook of {@link #PAUSE_PROPERTY}: a constant of the process, read where the write stands. */
    private static void pause(String stage) throws IOException {
        if (!stage.equals(System.getProperty(PAUSE_PROPERTY))) {
            return;
        }
        String marker = System.getProperty(MARKER_PROPERTY);
        if (marker != null) {
            Files.writeString(Path.of(marker), stage);
        }
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while paused at " + stage);
            }
        }
    }
}
