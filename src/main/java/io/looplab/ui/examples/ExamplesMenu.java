package io.looplab.ui.examples;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** Fills a menu's items with the library: one submenu per folder, one item per scenario, titled by its header. */
public final class ExamplesMenu {
    private ExamplesMenu() {
    }

    public static void bind(ObservableList<MenuItem> items, ExamplesModel model, Consumer<Path> open) {
        model.examples().addListener((ListChangeListener<Example>) c -> fill(items, model, open));
        fill(items, model, open);
    }

    private static void fill(ObservableList<MenuItem> items, ExamplesModel model, Consumer<Path> open) {
        items.clear();
        Map<String, Menu> groups = new LinkedHashMap<>();
        for (Example e : model.examples()) {
            MenuItem item = new MenuItem(e.title() + "   \u2014   " + e.file().getFileName());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open.accept(e.file()));
            if (e.group().isEmpty()) {
                items.add(item);
            } else {
                groups.computeIfAbsent(e.group(), g -> {
                    Menu sub = new Menu(g);
                    sub.setMnemonicParsing(false);
                    return sub;
                }).getItems().add(item);
            }
        }
        items.addAll(0, groups.values());
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(model.folderProperty().get() == null ? "No scenarios/ folder found"
                    : "No scenarios in " + model.folderProperty().get());
            none.setDisable(true);
            items.add(none);
        }
    }
}
