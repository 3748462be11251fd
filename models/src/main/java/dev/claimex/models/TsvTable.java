package dev.claimex.models;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lexicon or gazetteer kept as tab-separated data: {@code #} comments, a header naming the columns, then one
 * row per entry with a unique {@code id} and an {@code example}. Any deviation fails at load time with
 * {@code file:line}, so a broken resource never silently drops entries.
 *
 * <pre>{@code
 * TsvTable cues = TsvTable.load("lexicon/cues.tsv", "id", "pattern", "type", "example");
 * for (TsvRow row : cues.rows()) { ... }
 * }</pre>
 */
public final class TsvTable {

  private final String source;
  private final ImmutableList<String> header;
  private final ImmutableList<TsvRow> rows;
  private final String version;

  private TsvTable(String source, ImmutableList<String> header, ImmutableList<TsvRow> rows, String version) {
    this.source = source;
    this.header = header;
    this.rows = rows;
    this.version = version;
  }

  /**
   * Loads a resource of this module, e.g. {@code "lexicon/cues.tsv"}, requiring exactly the given columns in
   * that order. The first column must be {@code id}.
   */
  public static TsvTable load(String resource, String... columns) {
    checkNotNull(resource, "resource");
    String path = ModelCatalog.RESOURCE_ROOT + resource;
    InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new ModelResourceException("missing resource " + path + " (is claimex-models on the class path?)");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(resource, reader, columns);
    } catch (IOException e) {
      throw new ModelResourceException("cannot read " + path, e);
    }
  }

  /** Parses TSV text; {@code source} names it in error messages. */
  public static TsvTable parse(String source, Reader reader, String... columns) throws IOException {
    checkNotNull(source, "source");
    checkArgument(columns.length > 0 && "id".equals(columns[0]), "the first column must be 'id': %s", List.of(columns));
    ImmutableList<String> expected = ImmutableList.copyOf(columns);
    BufferedReader lines = new BufferedReader(reader);
    ImmutableList.Builder<TsvRow> rows = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    String version = "unversioned";
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String comment = line.substring(1).trim();
        if (comment.startsWith("version:")) {
          version = comment.substring("version:".length()).trim();
        }
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (!headerSeen) {
        if (!expected.equals(List.of(cells))) {
          throw new ModelResourceException(source + ":" + lineNumber + ": header must be " + String.join("<TAB>", expected)
              + " but is " + String.join("<TAB>", cells));
        }
        headerSeen = true;
        continue;
      }
      if (cells.length != expected.size()) {
        throw new ModelResourceException(source + ":" + lineNumber + ": expected " + expected.size()
            + " tab-separated columns, found " + cells.length);
      }
      ImmutableMap.Builder<String, String> fields = ImmutableMap.builder();
      for (int i = 0; i < cells.length; i++) {
        String cell = cells[i].strip();
        if (cell.isEmpty()) {
          throw new ModelResourceException(source + ":" + lineNumber + ": column '" + expected.get(i)
              + "' is empty (write - for none)");
        }
        fields.put(expected.get(i), cell);
      }
      if (!ids.add(cells[0].strip())) {
        throw new ModelResourceException(source + ":" + lineNumber + ": duplicate id '" + cells[0].strip() + "'");
      }
      rows.add(new TsvRow(source, lineNumber, fields.buildOrThrow()));
    }
    if (!headerSeen) {
      throw new ModelResourceException(source + ": no header line");
    }
    return new TsvTable(source, expected, rows.build(), version);
  }

  /** Parses TSV held in a string (tests, user-supplied lexicons). */
  public static TsvTable parse(String source, String text, String... columns) {
    try {
      return parse(source, new StringReader(text), columns);
    } catch (IOException e) {
      throw new AssertionError("a StringReader does not fail", e);
    }
  }

  public String source() {
    return source;
  }

  public ImmutableList<String> header() {
    return header;
  }

  public ImmutableList<TsvRow> rows() {
    return rows;
  }

  /** The {@code # version:} the file declares. */
  public String version() {
    return version;
  }

  @Override
  public String toString() {
    return "TsvTable[" + source + " v" + version + ", " + rows.size() + " rows]";
  }
}
