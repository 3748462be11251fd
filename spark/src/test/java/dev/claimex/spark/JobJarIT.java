package dev.claimex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import dev.claimex.models.ModelCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The job jar as a cluster gets it: run by spark-submit's launcher ({@code org.apache.spark.deploy.SparkSubmit}) on
 * Spark's classpath alone, it extracts what the library extracts; it bundles no Spark, Scala or SLF4J, and Guava,
 * Jackson and protobuf only relocated.
 */
class JobJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JOB_JAR = Path.of(System.getProperty("claimex.job.jar", "missing"));
  private static final Path SUBMIT_ARGS = Path.of(System.getProperty("claimex.spark.submit.args", "missing"));

  @Test
  void bundlesClaimexAndItsModelsAndNoSpark() throws IOException {
    assertTrue(Files.exists(JOB_JAR), "package first: no " + JOB_JAR.toAbsolutePath());
    try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
      List<String> names = jar.stream().map(ZipEntry::getName).toList();
      for (String absent : List.of("org/apache/spark/", "scala/", "org/slf4j/", "com/google/common/",
          "com/fasterxml/jackson/", "com/google/protobuf/")) {
        assertFalse(names.stream().anyMatch(n -> n.startsWith(absent)), absent + " is in the job jar");
      }
      for (String present : List.of("dev/claimex/spark/ClaimexSparkJob.class", "dev/claimex/Claimex.class",
          "dev/claimex/shaded/com/google/common/collect/ImmutableList.class",
          "dev/claimex/shaded/com/fasterxml/jackson/databind/ObjectMapper.class",
          "dev/claimex/shaded/com/google/protobuf/Message.class", ModelCatalog.NER_CRF, ModelCatalog.POS_TAGGER,
          ModelCatalog.DEPENDENCY_PARSER, ModelCatalog.ANIMATE_NOUNS, ModelCatalog.SENTENCE_MODEL,
          ModelCatalog.RESOURCE_ROOT + "lexicon/cues.tsv")) {
        assertTrue(names.contains(present), present + " is missing from the job jar");
      }
      assertEquals("dev.claimex.spark.ClaimexSparkJob",
          jar.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }

  @Test
  void sparkSubmitRunsTheJobOnSparksClasspathAlone() throws Exception {
    Path folder = Files.createDirectories(Path.of("target", "job-jar-it"));
    Path input = folder.resolve("news.jsonl");
    List<String> lines = new ArrayList<>();
    int claims = 0;
    Claimex claimex = Claimex.english();
    for (Path article : LocalSpark.bundledArticles()) {
      String text = LocalSpark.read(article);
      lines.add(JSON.writeValueAsString(Map.of("id", article.getFileName().toString(), "text", text)));
      claims += claimex.extract(text).claims().size();
    }
    lines.add(JSON.writeValueAsString(Map.of("id", "strike", "text", LocalSpark.STRIKE)));
    claims += claimex.extract(LocalSpark.STRIKE).claims().size();
    lines.add("{\"id\": \"no text\"}");
    Files.write(input, lines, StandardCharsets.UTF_8);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx2g", "@" + SUBMIT_ARGS,
        "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--class", "dev.claimex.spark.ClaimexSparkJob",
        JOB_JAR.toString(), "--input", input.toString(), "--output", folder.resolve("claims.parquet").toString(),
        "--overwrite")
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .redirectError(folder.resolve("stderr.txt").toFile())
        .start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(folder.resolve("stdout.txt"));
    String log = Files.readString(folder.resolve("stderr.txt"));
    assertTrue(finished, "the job did not finish:\n" + output + log);
    assertEquals(0, process.exitValue(), output + log);
    assertTrue(output.startsWith("claimex-spark: " + lines.size() + " documents (1 failed) -> " + claims
        + " claims in "), output + log);
    assertTrue(Files.isDirectory(folder.resolve("claims-summary.parquet")), output);
  }
}
