package dev.claimex.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** Spark for the tests: local mode on two threads, no UI, on the loopback address (no network needed). */
final class LocalSpark {

  /** Short invented news, with claims of several types. */
  static final String STRIKE = "The union warned of a strike if wages were cut, its leader said on Monday. "
      + "\"We will not accept any delay,\" Ann Lee told reporters.";
  static final String BRIDGE = "The mayor promised to rebuild the bridge by May. Critics accused the council of "
      + "wasting money, the newspaper reported. The governor demanded an inquiry into the contracts.";

  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder().appName("claimex-test").master("local[2]")
        .config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 2)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /** The example articles bundled with the examples module (the module's working folder is spark/). */
  static List<Path> bundledArticles() {
    Path folder = Path.of("..", "examples", "src", "main", "resources", "dev", "claimex", "examples");
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      if (articles.isEmpty()) {
        throw new IllegalStateException("no example article in " + folder.toAbsolutePath());
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
