package io.looplab.trace;

/**
 * One task at one step, as its card shows it: name, sub-state and its detail ("sleep until
 * 2.000", "awaiting Task-2", the result or the exception), the line it is on (0: none in the
 * scenario file) and whether a cancel() is pending. {@code order} is its creation index, which
 * also picks its colour; {@code internal} tasks run no code of the scenario (asyncio.run's own).
 */
public record TaskCard(int order, int id, String name, CardState state, String detail, int line,
                       boolean internal, boolean cancelRequested) {

    public Column column() {
        return state.column();
    }
}
