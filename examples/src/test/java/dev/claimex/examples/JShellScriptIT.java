package dev.claimex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code claimex.jsh} in the real {@code jshell} against the packaged {@code claimex.jar}, as the README tells
 * users to, and checks what it prints.
 */
class JShellScriptIT {

  @Test
  void theScriptPrintsTheExampleArticlesClaims() throws Exception {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path jar = Path.of("target", "claimex.jar");
    assertTrue(Files.isExecutable(jshell), "no jshell at " + jshell);
    assertTrue(Files.exists(jar), "package first: no " + jar.toAbsolutePath());
    Process process = new ProcessBuilder(jshell.toString(), "-R-Xmx2g", "--class-path", jar.toString(), "claimex.jsh")
        .redirectErrorStream(true)
        .start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      process.destroyForcibly();
    }
    assertTrue(finished, "jshell did not finish:\n" + output);
    assertEquals(0, process.exitValue(), output);
    assertFalse(output.contains("Error:") || output.contains("Exception"), output);
    assertTrue(output.contains("WARNING Pakistan (warned): \"“open war”\" | if: talks collapse"), output);
    assertTrue(output.contains("warning by Pakistan if talks collapse"), output);
  }
}
