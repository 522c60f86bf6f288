package io.looplab.ui;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A throwaway preferences node per test, so tests never touch the user's recent files. */
final class TestPreferences {
    private TestPreferences() {
    }

    static Preferences create() {
        return Preferences.userRoot().node(createPath());
    }

    static String createPath() {
        return "/io/looplab/test/" + UUID.randomUUID();
    }

    static void remove(Preferences node) throws BackingStoreException {
        node.removeNode();
    }
}
