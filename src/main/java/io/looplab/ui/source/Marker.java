package io.looplab.ui.source;

/**
 * A task or thread shown on a source line: its label, its colour index, and whether it is the
 * one running (its line is highlighted) or a thread (drawn as a thread chip).
 */
public record Marker(String label, int color, boolean running, boolean thread) {
}
