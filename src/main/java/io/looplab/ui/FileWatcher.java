package io.looplab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Notices when the open scenario changes on disk, by polling its modification time and size
 * (portable, and unaffected by editors that replace the file); reports on the FX thread.
 */
final class FileWatcher {
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "looplab-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Runnable changed;
    private volatile Path watched;
    private volatile String stamp;

    FileWatcher(Runnable changed) {
        this.changed = changed;
        poller.scheduleWithFixedDelay(this::poll, 700, 700, TimeUnit.MILLISECONDS);
    }

    /** Watches this file from now on (null: nothing). */
    void watch(Path file) {
        watched = file;
        stamp = file == null ? null : stamp(file);
    }

    private void poll() {
        Path file = watched;
        if (file == null) {
            return;
        }
        String now = stamp(file);
        if (now != null && !Objects.equals(now, stamp)) {
            stamp = now;
            Platform.runLater(() -> {
                if (file.equals(watched)) {
                    changed.run();
                }
            });
        }
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() + ":" + a.size();
        } catch (IOException e) {
            return null;
        }
    }
}
