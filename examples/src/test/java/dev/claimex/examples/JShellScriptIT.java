package dev.claimex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.Claimex;
import dev.claimex.html.ClaimexHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code claimex.jsh}, and the README's lines that write the claims page, in the real {@code jshell} against the
 * packaged {@code claimex.jar}, as the README tells users to, and checks what they print and write.
 */
class JShellScriptIT {

  private static final Path JAR = Path.of("target", "claimex.jar").toAbsolutePath();

  @Test
  void theScriptPrintsTheExampleArticlesClaims() throws Exception {
    String output = jshell(Path.of("claimex.jsh").toAbsolutePath(), Path.of("."));
    assertTrue(output.contains("WARNING Pakistan (warned): \"“open war”\" | if: talks collapse"), output);
    assertTrue(output.contains("warning by Pakistan if talks collapse"), output);
  }

  @Test
  void theReadmesLinesWriteTheClaimsPage(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("page.jsh");
    Files.writeString(script, String.join("\n",
        "import dev.claimex.*",
        "import dev.claimex.html.*",
        "import dev.claimex.examples.Examples",
        "var result = Claimex.english().extract(Examples.FOUNDING_ARTICLE, Examples.foundingArticle());",
        "Files.writeString(Path.of(\"claims.html\"), ClaimexHtml.render(result))",
        "/exit", ""));
    jshell(script, dir);
    String page = Files.readString(dir.resolve("claims.html"));
    assertEquals(ClaimexHtml.render(Claimex.english().extract(Examples.FOUNDING_ARTICLE, Examples.foundingArticle())),
        page, "the same page as from Java and the command line");
  }

  /** What {@code jshell} printed running {@code script} in {@code dir}; fails unless it ran cleanly. */
  private static String jshell(Path script, Path dir) throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    assertTrue(Files.isExecutable(jshell), "no jshell at " + jshell);
    assertTrue(Files.exists(JAR), "package first: no " + JAR);
    Process process = new ProcessBuilder(jshell.toString(), "-R-Xmx2g", "--class-path", JAR.toString(),
        script.toString())
        .directory(dir.toFile())
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
    return output;
  }
}
