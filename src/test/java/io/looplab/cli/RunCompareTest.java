package io.looplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --compare A,B} and {@code --cpu-count}: both traces under headers, then a summary line each. */
class RunCompareTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String scenario(String source) throws IOException {
        Path p = dir.resolve("s.py");
        Files.writeString(p, source);
        return p.toString();
    }

    @Test
    void compareRunsBothVariantsAndSummarisesThem() throws IOException {
        String file = scenario("""
                import asyncio, threading, time
                def job(n):
                    time.sleep(1)
                    print("job", n)
                def threads():
                    ts = [threading.Thread(target=job, args=(n,)) for n in range(2)]
                    for t in ts:
                        t.start()
                    for t in ts:
                        t.join()
                async def tasks():
                    async def one(n):
                        await asyncio.sleep(1)
                        print("job", n)
                    await asyncio.gather(one(0), one(1))
                """);
        assertEquals(ExitCode.FINISHED, run("run", file, "--compare", "threads,tasks"));
        assertEquals("""
                == threads
                # threads
                1.000\tjob 0
                1.000\tjob 1
                1.000\t# end
                == tasks
                1.000\tjob 0
                1.000\tjob 1
                1.000\t# end
                threads: virtual time 1.000 s, threads 3, context switches 7
                tasks: virtual time 1.000 s, threads 1, context switches 0
                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cpuCountSizesTheDefaultExecutor() throws IOException {
        String file = scenario("""
                import os, concurrent.futures
                print(os.cpu_count(), concurrent.futures.ThreadPoolExecutor()._max_workers)
                """);
        assertEquals(ExitCode.FINISHED, run("run", file, "--cpu-count", "2"));
        assertEquals("2 6\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void compareNeedsTwoNamesAndExcludesVariant() {
        assertEquals(ExitCode.USAGE, run("run", "x.py", "--compare", "onlyone"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--compare needs two variant names"));
        assertEquals(ExitCode.USAGE, run("run", "x.py", "--compare", "a,b", "--variant", "a"));
    }
}
