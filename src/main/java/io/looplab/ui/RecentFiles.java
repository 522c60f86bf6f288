package io.looplab.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The recently opened scenario files, most recent first, kept in {@code java.util.prefs} between runs. */
public final class RecentFiles {
    /** How many files the File ▸ Open Recent menu lists. */
    public static final int MAX = 8;

    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    public List<Path> load() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String stored = node.get(Integer.toString(i), null);
            if (stored != null) {
                toPath(stored).ifPresent(files::add);
            }
        }
        return files;
    }

    // The list is a convenience: a preferences store that fails must never stop the app.
    public void save(List<Path> files) {
        try {
            node.clear();
        } catch (BackingStoreException ignored) {
            return;
        }
        for (int i = 0; i < Math.min(MAX, files.size()); i++) {
            node.put(Integer.toString(i), files.get(i).toString());
        }
    }

    private static Optional<Path> toPath(String stored) {
        try {
            return Optional.of(Path.of(stored));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
