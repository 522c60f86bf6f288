package io.looplab.trace;

/** A line the program printed: the event it came from, its virtual time, the printing thread and source line. */
public record OutputLine(int seq, long timeNs, String text, int agent, int line, boolean partial) {

    /** The oracle's stamp, e.g. "2.000". */
    public String stamp() {
        return Trace.stamp(timeNs);
    }
}
