package io.looplab.scenario;

/** A scenario file that could not be read, with a message fit to show a lecturer as is. */
public final class ScenarioReadException extends Exception {
    public ScenarioReadException(String message) {
        super(message);
    }
}
