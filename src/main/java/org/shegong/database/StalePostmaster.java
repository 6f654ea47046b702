package org.shegong.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After {@code kill -9} of the application, its embedded PostgreSQL lives on (re-parented to pid 1) and holds
 * {@code postmaster.pid}, so the next start fails with "lock file already exists" (and {@code pg_ctl stop}
 * refuses to run as root). Before starting, a postmaster left behind for this data directory is stopped (SIGTERM,
 * then SIGKILL) and its pid file removed; PostgreSQL then recovers from its WAL like after a power cut.
 * A data directory still held by a running application (zonky's {@code epg-lock}) is never touched.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    static final Duration GRACE = Duration.ofSeconds(20);

    private StalePostmaster() {
    }

    static void clear(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        if (heldByLiveApplication(dataDir)) {
            throw new IllegalStateException("The embedded database in " + dataDir
                    + " is in use by another running instance (epg-lock is held); stop that one first.");
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty() : parse(lines.get(0)).flatMap(ProcessHandle::of);
        String recordedDir = lines.size() > 1 ? lines.get(1).strip() : "";
        if (postmaster.isPresent() && isPostgresOf(postmaster.get(), dataDir, recordedDir)) {
            ProcessHandle p = postmaster.get();
            log.warn("A PostgreSQL (pid {}) left behind by an earlier run still holds {}; stopping it", p.pid(), dataDir);
            p.destroy();
            if (!waitFor(p, GRACE)) {
                log.warn("PostgreSQL pid {} did not stop within {} s; killing it", p.pid(), GRACE.toSeconds());
                p.destroyForcibly();
                if (!waitFor(p, Duration.ofSeconds(10))) {
                    throw new IllegalStateException("Cannot stop the PostgreSQL (pid " + p.pid() + ") left in " + dataDir);
                }
            }
            // its backends notice the postmaster is gone and exit on their own; give them the same grace
            p.descendants().forEach(child -> waitFor(child, Duration.ofSeconds(5)));
        } else {
            log.warn("Removing stale {} (pid {} is no longer a running PostgreSQL of this data directory)", pidFile,
                    lines.isEmpty() ? "?" : lines.get(0).strip());
        }
        Files.deleteIfExists(pidFile);
    }

    static boolean isPostgresOf(ProcessHandle process, Path dataDir, String recordedDir) {
        String command = process.info().command().orElse("");
        boolean postgres = command.endsWith("/postgres") || command.endsWith("/postmaster");
        return postgres && process.isAlive() && !recordedDir.isEmpty()
                && Path.of(recordedDir).toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize());
    }

    private static boolean heldByLiveApplication(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw"); FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
