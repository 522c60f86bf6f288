package io.looplab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Keeps File ▸ Open Recent in step with the model's recent files. */
final class RecentMenu {
    private RecentMenu() {
    }

    static void bind(Menu menu, ShellModel model) {
        model.recentFiles().addListener((ListChangeListener<Path>) change -> rebuild(menu, model));
        rebuild(menu, model);
    }

    private static void rebuild(Menu menu, ShellModel model) {
        List<MenuItem> items = new ArrayList<>();
        for (Path file : model.recentFiles()) {
            items.add(item(describe(file), () -> model.open(file)));
        }
        if (items.isEmpty()) {
            MenuItem none = item("No recent files", () -> { });
            none.setDisable(true);
            items.add(none);
        } else {
            items.add(new SeparatorMenuItem());
            items.add(item("Clear Recent", model::clearRecentFiles));
        }
        menu.getItems().setAll(items);
    }

    private static String describe(Path file) {
        Path folder = file.getParent();
        return folder == null ? file.toString() : file.getFileName() + "   —   " + folder;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
    }
}
