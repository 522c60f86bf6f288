package io.looplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Running measured child processes for {@link BenchCommand}. */
final class BenchTools {
    /** One measured run. */
    record Result(double seconds, long maxRssKb, String stdout, String stderr) {
    }

    private BenchTools() {
    }

    /** The reference interpreter: /usr/bin/python3 (CPython 3.11.2, the oracle's) if present, else python3. */
    static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    static String java() {
        Path j = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(j) ? j.toString() : "java";
    }

    /** Runs the command `runs` times and keeps the fastest (peak memory is the largest seen). */
    static Result best(List<String> command, int runs) throws IOException, InterruptedException {
        Result best = null;
        long maxRss = 0;
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = read(p.getInputStream());
            String err = read(p.getErrorStream());
            p.waitFor();
            if (!out.startsWith("{")) {
                throw new IOException("measurement failed: " + out + err);
            }
            Result r = new Result(number(out, "seconds"), (long) number(out, "max_rss_kb"),
                    string(out, "stdout"), string(out, "stderr"));
            maxRss = Math.max(maxRss, r.maxRssKb());
            if (best == null || r.seconds() < best.seconds()) {
                best = r;
            }
        }
        return new Result(best.seconds(), maxRss, best.stdout(), best.stderr());
    }

    static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": ([0-9.eE+-]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + json);
        }
        return Double.parseDouble(m.group(1));
    }

    static String string(String json, String key) {
        int i = json.indexOf("\"" + key + "\": \"");
        if (i < 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i + key.length() + 5; k < json.length(); k++) {
            char ch = json.charAt(k);
            if (ch == '\\' && k + 1 < json.length()) {
                char n = json.charAt(++k);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else if (ch == '"') {
                break;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
