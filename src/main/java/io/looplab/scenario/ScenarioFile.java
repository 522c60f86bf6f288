package io.looplab.scenario;

import io.looplab.lang.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/** A scenario's source file as read from disk: where it is and its UTF-8 text, line by line. */
public final class ScenarioFile {
    private final Path path;
    private final SourceText source;

    private ScenarioFile(Path path, SourceText source) {
        this.path = path;
        this.source = source;
    }

    /** Reads {@code path} as strict UTF-8 (like CPython without a coding cookie); a leading BOM is dropped. */
    public static ScenarioFile read(Path path) throws ScenarioReadException {
        String text = decode(path, readBytes(path));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new ScenarioFile(path, new SourceText(text));
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return nameOf(path);
    }

    public String text() {
        return source.text();
    }

    public int lineCount() {
        return source.lineCount();
    }

    /** The lines without their line ends; line n is at index n - 1. */
    public List<String> lines() {
        return IntStream.rangeClosed(1, source.lineCount()).mapToObj(source::line).toList();
    }

    private static byte[] readBytes(Path path) throws ScenarioReadException {
        if (Files.isDirectory(path)) {
            throw new ScenarioReadException(path + " is a folder, not a scenario file.");
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ScenarioReadException("There is no file " + path + ".");
        } catch (AccessDeniedException e) {
            throw new ScenarioReadException("Permission denied: " + path + " cannot be read.");
        } catch (IOException e) {
            throw new ScenarioReadException(path + " cannot be read: " + e.getMessage());
        }
    }

    private static String decode(Path path, byte[] bytes) throws ScenarioReadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new ScenarioReadException(String.format(
                    "%s is not UTF-8 text: byte 0x%02X on line %d cannot be decoded. Save the scenario as UTF-8.",
                    nameOf(path), bytes[at] & 0xFF, lineOf(bytes, at)));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
