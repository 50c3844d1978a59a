package org.evwb.core.study.netzero.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * What a costly data source made (a SUMO run's floating-car data, a forecast), kept so the next build with the same
 * inputs does not make it again: in memory for this process (the last {@value #MEMORY_ENTRIES} entries) and on disk
 * in a folder of the user's (by default {@code ~/.evwb/cache}), one file per entry named by the SHA-256 of its key.
 *
 * <p>A key is everything that determines the entry (the caller hashes it, see {@link #key}). Each file holds a
 * header (magic, format, kind, the full key), the payload's length, the payload and its CRC-32; it is written to a
 * temporary file in the folder and moved into place atomically, so a reader never sees half an entry. A file that
 * does not read back exactly — truncated, another format, a flipped bit, another key — is a miss: it is deleted and
 * the entry rebuilt, never an error. The folder is kept under {@code maxBytes} by deleting the least recently used
 * files (a hit touches its file). A folder that cannot be written leaves the cache working in memory only.
 */
public final class SourceCache {

    /** Entries kept in memory. */
    static final int MEMORY_ENTRIES = 8;
    /** The default bound of the folder, bytes. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;
    private static final String MAGIC = "evwb-source-cache";
    private static final int FORMAT = 1;
    private static final String SUFFIX = ".bin";

    /** How one kind of entry becomes bytes and back. */
    public interface Codec<T> {
        void write(T value, DataOutputStream out) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    private final Path dir;
    private final long maxBytes;
    private final Map<String, Object> memory = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MEMORY_ENTRIES;
        }
    };

    /**
     * @param dir      the folder of the entries (created when first written); null keeps entries in memory only
     * @param maxBytes the most the folder may hold
     */
    public SourceCache(Path dir, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    /** The key of a list of parts: the SHA-256, in hex, of each part's length and bytes in order. */
    public static String key(List<byte[]> parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(longBytes(p.length));
                md.update(p);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** {@link #key(List)} of text parts (UTF-8). */
    public static String key(String... parts) {
        List<byte[]> b = new ArrayList<>();
        for (String s : parts) {
            b.add(s.getBytes(StandardCharsets.UTF_8));
        }
        return key(b);
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        return b;
    }

    /** Whether an entry is held, in memory or as a file that reads back whole (a corrupt one is dropped). */
    public synchronized boolean contains(String kind, String key, Codec<?> codec) {
        return memory.containsKey(kind + "/" + key) || get(kind, key, codec).isPresent();
    }

    /** The entry, from memory or disk; empty when it is not held or its file is unreadable (then deleted). */
    public synchronized <T> Optional<T> get(String kind, String key, Codec<T> codec) {
        String id = kind + "/" + key;
        Object m = memory.get(id);
        if (m != null) {
            @SuppressWarnings("unchecked")
            T t = (T) m;
            return Optional.of(t);
        }
        if (dir == null) {
            return Optional.empty();
        }
        Path f = file(kind, key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
             DataInputStream in = new DataInputStream(raw)) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !kind.equals(in.readUTF())
                    || !key.equals(in.readUTF())) {
                throw new IOException("another entry");
            }
            long n = in.readLong();
            if (n < 0 || n > Integer.MAX_VALUE - 16) {
                throw new IOException("bad length " + n);
            }
            byte[] payload = in.readNBytes((int) n);
            if (payload.length != n) {
                throw new IOException("truncated");
            }
            CRC32 crc = new CRC32();
            crc.update(payload);
            if (in.readLong() != crc.getValue() || in.read() != -1) {
                throw new IOException("checksum");
            }
            T value = codec.read(new DataInputStream(new java.io.ByteArrayInputStream(payload)));
            memory.put(id, value);
            touch(f);
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            // corrupt or foreign: a miss, and the file goes so the rebuilt entry replaces it
            deleteQuietly(f);
            return Optional.empty();
        }
    }

    /** Keeps an entry in memory and, when a folder is set and writable, on disk. */
    public synchronized <T> void put(String kind, String key, T value, Codec<T> codec) {
        memory.put(kind + "/" + key, value);
        if (dir == null) {
            return;
        }
        Path tmp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                codec.write(value, out);
            }
            byte[] payload = bytes.toByteArray();
            if (payload.length > maxBytes) {
                return; // bigger than the whole cache: memory only
            }
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, kind + "-", ".tmp");
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 DataOutputStream out = new DataOutputStream(raw)) {
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(kind);
                out.writeUTF(key);
                out.writeLong(payload.length);
                out.write(payload);
                CRC32 crc = new CRC32();
                crc.update(payload);
                out.writeLong(crc.getValue());
            }
            Path f = file(kind, key);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            trim();
        } catch (IOException | RuntimeException e) {
            // an unwritable cache folder costs the next process a rebuild, nothing more
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** The file of an entry. */
    Path file(String kind, String key) {
        return dir.resolve(kind + "-" + key + SUFFIX); // key is a SHA-256 in hex: safe as a file name
    }

    /** Deletes the least recently used files until the folder holds at most {@code maxBytes}. */
    private void trim() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList());
        }
        long total = 0;
        Map<Path, long[]> info = new LinkedHashMap<>();
        for (Path p : files) {
            try {
                long size = Files.size(p);
                info.put(p, new long[] {size, Files.getLastModifiedTime(p).toMillis()});
                total += size;
            } catch (IOException e) {
                // gone meanwhile
            }
        }
        if (total <= maxBytes) {
            return;
        }
        List<Path> oldest = new ArrayList<>(info.keySet());
        oldest.sort(Comparator.comparingLong(p -> info.get(p)[1]));
        for (Path p : oldest) {
            if (total <= maxBytes) {
                break;
            }
            total -= info.get(p)[0];
            deleteQuietly(p);
        }
    }

    private static void touch(Path f) {
        try {
            Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // the order of eviction is a hint
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // left for the next trim
        }
    }
}
