package io.looplab.ui.narration;

/** A narration caption placed on the shared clock: its number (1-based), text, and position (-1: never reached). */
public record Bookmark(int number, String text, int position) {
}
