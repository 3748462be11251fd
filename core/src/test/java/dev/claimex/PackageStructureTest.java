package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structure of {@code ARCHITECTURE.md}: each stage reads only the stages before it, and the module exports every
 * package but {@code internal}. Dependencies are read from the compiled classes, so a fully qualified name counts
 * as much as an import.
 */
class PackageStructureTest {

  /** What each package may read, besides itself; the root package, {@code internal} and the views read everything. */
  private static final Map<String, Set<String>> MAY_READ = Map.of(
      "text", Set.of(),
      "lexicon", Set.of("text"),
      "syntax", Set.of("text", "lexicon"),
      "ner", Set.of("text", "lexicon"),
      "coref", Set.of("text", "lexicon", "syntax", "ner"),
      "quote", Set.of("text", "lexicon", "syntax", "ner", "coref"),
      "claim", Set.of("text", "lexicon", "syntax", "ner", "coref", "quote"));

  /** The {@code models} module's package: the versioned data every stage may load. */
  private static final String DATA_MODULE = "models";

  private static final Pattern REFERENCE = Pattern.compile("dev/claimex/(?:([a-z]+)/|[A-Z])");

  @Test
  void everyStageReadsOnlyTheStagesBeforeIt() throws IOException, URISyntaxException {
    Map<String, Set<String>> reads = packageReads();
    assertTrue(reads.keySet().containsAll(MAY_READ.keySet()), "packages found: " + reads.keySet());
    List<String> backwards = new ArrayList<>();
    MAY_READ.forEach((pkg, allowed) -> {
      for (String read : reads.getOrDefault(pkg, Set.of())) {
        String stage = read.contains(".") ? read.substring(0, read.indexOf('.')) : read;
        if (!stage.equals(pkg) && !allowed.contains(stage) && !stage.equals(DATA_MODULE)) {
          backwards.add(pkg + " -> " + read);
        }
      }
    });
    assertEquals(List.of(), backwards);
  }

  @Test
  void theModuleExportsEveryPackageButInternal() throws IOException, URISyntaxException {
    ModuleDescriptor module;
    try (InputStream in = Claimex.class.getResourceAsStream("/module-info.class")) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    // the descriptor javac writes lists only the packages it names: the packages are read from the classes
    Set<String> expected = new TreeSet<>(packageReads().keySet().stream()
        .map(pkg -> pkg.isEmpty() ? "dev.claimex" : "dev.claimex." + pkg).toList());
    assertTrue(expected.remove("dev.claimex.internal"), "packages found: " + expected);
    assertEquals(expected, exported);
  }

  /** For each package below {@code dev.claimex} ({@code ""} for the root), the packages its classes refer to. */
  private static Map<String, Set<String>> packageReads() throws IOException, URISyntaxException {
    Path classes = Path.of(Claimex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = classes.resolve("dev/claimex");
    Map<String, Set<String>> reads = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
        Set<String> into = reads.computeIfAbsent(pkg, p -> new TreeSet<>());
        for (String text : utf8Constants(file)) {
          Matcher m = REFERENCE.matcher(text);
          while (m.find()) {
            into.add(m.group(1) == null ? "" : m.group(1));
          }
        }
      }
    }
    return reads;
  }

  /** The text constants of a class file: class names and descriptors among them. */
  private static List<String> utf8Constants(Path classFile) throws IOException {
    List<String> texts = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
      in.readInt(); // magic
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> texts.add(in.readUTF());
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // a long or double takes two entries
          }
          default -> throw new IOException("unknown constant tag " + tag + " in " + classFile);
        }
      }
    }
    return texts;
  }
}
