package io.looplab.ui.examples;

import java.nio.file.Path;

/** A scenario of the library: its file, its title from the header, and its folder ("" at the top). */
public record Example(Path file, String title, String group) {
}
