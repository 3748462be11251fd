package dev.claimex;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimType;
import dev.claimex.claim.Modality;
import dev.claimex.claim.Polarity;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import dev.claimex.ner.Actor;
import dev.claimex.quote.Attribution;
import dev.claimex.quote.ReportKind;
import dev.claimex.text.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One row of {@code cases.tsv}: a text, and the attribution or claim the whole pipeline must (or must not) find in
 * it. The header of {@code cases.tsv} is the reference for what the columns mean; this class reads a row and checks a
 * result against it.
 *
 * <pre>{@code
 * for (EndToEndCase c : EndToEndCase.load("cases.tsv")) {
 *   c.check(Pipeline.extract(c.text()));   // fails naming cases.tsv:line, the text and what was found
 * }
 * }</pre>
 */
record EndToEndCase(String where, String id, String text, Check check, Expect expect, ActorSpec speaker, Glob content,
    ImmutableMap<Key, Object> also) {

  static final String[] COLUMNS = {"id", "text", "check", "type", "speaker", "content", "also"};

  /** What a row looks at in a result. */
  enum Check {
    /** Every attribution (reported speech). */
    ATTRIBUTION("attribution"),
    /** The attributions without a speaker (hedges: "is expected to", "reportedly"). */
    UNSOURCED("unsourced report"),
    /** Every typed claim. */
    CLAIM("claim");

    final String noun;

    Check(String noun) {
      this.noun = noun;
    }
  }

  /** Whether the row's report must fire, and of which claim type ({@code null}: any). */
  record Expect(boolean fires, ClaimType type) {}

  /** The keys of the {@code also} column. */
  enum Key {
    SPEAKER, CONTENT, KIND, CUE, SOURCE, ALL,
    CONDITION, CONSEQUENCE, QUOTE, ADDRESSEE, TARGET, POLARITY, MODALITY, MEMBERS;

    final String label = name().toLowerCase(Locale.ROOT);

    boolean claimOnly() {
      return ordinal() >= CONDITION.ordinal();
    }
  }

  /** Loads a table of cases from the class path next to this class; a malformed row fails with file:line. */
  static ImmutableList<EndToEndCase> load(String resource) {
    String source = EndToEndCase.class.getPackageName().replace('.', '/') + "/" + resource;
    InputStream in = EndToEndCase.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + source);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(source, reader);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + source, e);
    }
  }

  /** Reads a table of cases; {@code source} names it in the {@code file:line} of an error. */
  static ImmutableList<EndToEndCase> parse(String source, Reader reader) throws IOException {
    return TsvTable.parse(source, reader, COLUMNS).rows().stream().map(EndToEndCase::of)
        .collect(ImmutableList.toImmutableList());
  }

  private static EndToEndCase of(TsvRow row) {
    Check check = switch (row.get("check")) {
      case "attribution" -> Check.ATTRIBUTION;
      case "unsourced" -> Check.UNSOURCED;
      case "claim" -> Check.CLAIM;
      default -> throw row.error("check must be attribution, unsourced or claim: " + row.get("check"));
    };
    Expect expect = expect(row, check);
    ActorSpec speaker = row.get("speaker").equals("*") ? ActorSpec.ANYONE_OR_NO_ONE
        : ActorSpec.parse(row, row.get("speaker"));
    if (check == Check.UNSOURCED && speaker != ActorSpec.NO_ONE) {
      throw row.error("an unsourced report has no speaker: write - in the speaker column");
    }
    Glob content = row.get("content").equals("*") ? Glob.ANY : Glob.parse(row, row.get("content"));
    ImmutableMap<Key, Object> also = also(row, check);
    if (!expect.fires() && !also.isEmpty()) {
      throw row.error("a row that must not fire checks nothing else: write - in the also column");
    }
    return new EndToEndCase(row.source() + ":" + row.line(), row.get("id"), unescape(row, row.get("text"), false),
        check, expect, speaker, content, also);
  }

  private static Expect expect(TsvRow row, Check check) {
    String type = row.get("type");
    boolean fires = !type.startsWith("-");
    String name = fires ? type : type.substring(1);
    if (name.isEmpty() || name.equals("*")) {
      return new Expect(fires, null);
    }
    if (check != Check.CLAIM) {
      throw row.error("only a claim has a type; an " + check.noun + " row takes * or -: " + type);
    }
    try {
      return new Expect(fires, ClaimType.valueOf(name));
    } catch (IllegalArgumentException e) {
      throw row.error("no claim type " + name);
    }
  }

  private static ImmutableMap<Key, Object> also(TsvRow row, Check check) {
    String cell = row.get("also");
    if (cell.equals(TsvRow.NONE)) {
      return ImmutableMap.of();
    }
    Map<Key, Object> also = new LinkedHashMap<>();
    for (String entry : cell.split("(?<!\\\\);")) {
      int equals = entry.indexOf('=');
      if (equals < 0) {
        throw row.error("also: expected key=value, found: " + entry.strip());
      }
      String name = entry.substring(0, equals).strip();
      Key key = Arrays.stream(Key.values()).filter(k -> k.label.equals(name)).findFirst()
          .orElseThrow(() -> row.error("also: no key '" + name + "' (keys: "
              + Arrays.stream(Key.values()).map(k -> k.label).collect(Collectors.joining(", ")) + ")"));
      if (key.claimOnly() && check != Check.CLAIM) {
        throw row.error("also: only a claim has a " + key.label);
      }
      if (also.put(key, value(row, key, entry.substring(equals + 1).strip())) != null) {
        throw row.error("also: " + key.label + " given twice");
      }
    }
    return ImmutableMap.copyOf(also);
  }

  private static Object value(TsvRow row, Key key, String value) {
    try {
      return switch (key) {
        case SPEAKER, ADDRESSEE, TARGET -> ActorSpec.parse(row, value);
        case CONTENT -> Glob.parse(row, value);
        case CUE, SOURCE, CONDITION, CONSEQUENCE, QUOTE -> value.equals(TsvRow.NONE) ? Glob.ABSENT
            : Glob.parse(row, value);
        case KIND -> ReportKind.valueOf(value);
        case POLARITY -> Polarity.valueOf(value);
        case MODALITY -> Modality.valueOf(value);
        case ALL, MEMBERS -> {
          int n = Integer.parseInt(value);
          if (n < 1) {
            throw row.error("also: " + key.label + " must be at least 1 (for none, write - in the type column)");
          }
          yield n;
        }
      };
    } catch (IllegalArgumentException e) { // an enum constant or a number that is none
      throw row.error("also: bad " + key.label + " '" + value + "'");
    }
  }

  /** Checks a result of {@link #text}; fails with the row's place, the text, and what the result holds. */
  void check(ExtractionResult result) {
    List<Found> pool = found(result);
    List<Found> selected = pool.stream().filter(this::selects).toList();
    if (!expect.fires()) {
      if (!selected.isEmpty()) {
        failWith("expected no " + describe(), pool);
      }
      return;
    }
    Integer all = (Integer) also.get(Key.ALL);
    if (all != null) {
      if (pool.size() != all || selected.size() != pool.size()) {
        failWith("expected " + all + " " + check.noun + "(s) in all, each a " + describe(), pool);
      }
      pool.forEach(found -> checkAlso(found, "a", pool));
    } else if (selected.isEmpty()) {
      failWith("no " + describe(), pool);
    } else {
      checkAlso(selected.get(0), "the first", pool);
    }
  }

  private boolean selects(Found found) {
    return (expect.type() == null || found.type() == expect.type()) && speaker.matches(found.speaker())
        && content.matches(found.content());
  }

  private void checkAlso(Found found, String which, List<Found> pool) {
    for (Map.Entry<Key, Object> entry : also.entrySet()) {
      Key key = entry.getKey();
      Object expected = entry.getValue();
      Object actual = switch (key) {
        case SPEAKER -> found.speaker();
        case CONTENT -> found.content();
        case KIND -> found.kind();
        case CUE -> found.cue();
        case SOURCE -> found.source();
        case ALL -> expected;
        case CONDITION -> found.claim().condition();
        case CONSEQUENCE -> found.claim().consequence();
        case QUOTE -> found.claim().quote();
        case ADDRESSEE -> found.claim().addressee();
        case TARGET -> found.claim().target();
        case POLARITY -> found.claim().polarity();
        case MODALITY -> found.claim().modality();
        case MEMBERS -> found.speaker() == null ? 0 : found.speaker().members().size();
      };
      boolean matches = switch (key) {
        case SPEAKER, ADDRESSEE, TARGET -> ((ActorSpec) expected).matches((Actor) actual);
        case CONTENT, CUE, SOURCE, CONDITION, CONSEQUENCE, QUOTE -> ((Glob) expected).matches((TextSpan) actual);
        default -> expected.equals(actual);
      };
      if (!matches) {
        failWith(which + " " + describe() + " has " + key.label + " " + shown(actual) + ", expected " + expected,
            pool);
      }
    }
  }

  private static String shown(Object actual) {
    if (actual == null) {
      return "(none)";
    }
    if (actual instanceof TextSpan span) {
      return "\"" + span.text() + "\"";
    }
    if (actual instanceof Actor actor) {
      return "\"" + actor.mention().text() + " -> " + actor.canonical() + "\"";
    }
    return actual.toString();
  }

  /** The report the row asks for, as in {@code WARNING claim by "army" of "a wider war"}. */
  private String describe() {
    StringBuilder what = new StringBuilder();
    if (expect.type() != null) {
      what.append(expect.type()).append(' ');
    }
    what.append(check.noun);
    if (speaker != ActorSpec.ANYONE_OR_NO_ONE && check != Check.UNSOURCED) {
      what.append(" by ").append(speaker);
    }
    if (content != Glob.ANY) {
      what.append(" of ").append(content);
    }
    return what.toString();
  }

  private void failWith(String message, List<Found> pool) {
    String listing = pool.isEmpty() ? "    (none)"
        : pool.stream().map(found -> "    " + found).collect(Collectors.joining("\n"));
    fail(where + " " + id + ": " + message + "\n  text: " + text.replace("\n", "\\n").replace("\t", "\\t")
        + "\n  " + check.noun + "s found:\n" + listing);
  }

  private List<Found> found(ExtractionResult result) {
    List<Found> found = new ArrayList<>();
    if (check == Check.CLAIM) {
      for (Claim c : result.claims()) {
        found.add(new Found(c.type(), c.speaker(), c.content(), c.attribution(), c.cue(), c.source(), c,
            c + " {" + c.rule() + "}"));
      }
    } else {
      for (Attribution a : result.attributions()) {
        if (check == Check.ATTRIBUTION || a.speaker() == null) {
          found.add(new Found(null, a.speaker(), a.content(), a.kind(), a.cue(), a.source(), null,
              a + " {" + a.rule() + "}"));
        }
      }
    }
    return found;
  }

  /** The row's id: the name of the case in a test report. */
  @Override
  public String toString() {
    return id;
  }

  /** An attribution or a claim, seen through the columns a row can check ({@code claim} is null for an attribution). */
  private record Found(ClaimType type, Actor speaker, TextSpan content, ReportKind kind, TextSpan cue,
      TextSpan source, Claim claim, String shown) {

    @Override
    public String toString() {
      return shown;
    }
  }

  /**
   * Whom a row expects: {@code -} no one; {@code Name} an actor whose canonical name or mention text is
   * {@code Name}; {@code mention -> canonical} an actor with both. A {@code *} in a name matches any characters.
   */
  record ActorSpec(String shown, Glob name, Glob mention, Glob canonical) {

    /** A speaker column of {@code *}. */
    static final ActorSpec ANYONE_OR_NO_ONE = new ActorSpec("anyone", null, null, null);
    static final ActorSpec NO_ONE = new ActorSpec("no one", null, null, null);

    private static final String ARROW = " -> ";

    static ActorSpec parse(TsvRow row, String cell) {
      if (cell.equals(TsvRow.NONE)) {
        return NO_ONE;
      }
      int arrow = cell.indexOf(ARROW);
      if (arrow < 0) {
        return new ActorSpec("\"" + cell + "\"", Glob.parse(row, cell), null, null);
      }
      String mention = cell.substring(0, arrow);
      String canonical = cell.substring(arrow + ARROW.length());
      return new ActorSpec("\"" + cell + "\"", null, Glob.parse(row, mention), Glob.parse(row, canonical));
    }

    boolean matches(Actor actor) {
      if (this == ANYONE_OR_NO_ONE || this == NO_ONE) {
        return this == ANYONE_OR_NO_ONE || actor == null;
      }
      if (actor == null) {
        return false;
      }
      if (name != null) {
        return name.matches(actor.canonical()) || name.matches(actor.mention().text());
      }
      return mention.matches(actor.mention().text()) && canonical.matches(actor.canonical());
    }

    @Override
    public String toString() {
      return shown;
    }
  }

  /** Expected text: exact, but a {@code *} matches any characters (and {@code \*} is a star). */
  record Glob(String shown, Pattern pattern) {

    /** A content column of {@code *}. */
    static final Glob ANY = new Glob("anything", null);
    /** An also value of {@code -}: no such span. */
    static final Glob ABSENT = new Glob("(none)", null);

    static Glob parse(TsvRow row, String cell) {
      StringBuilder regex = new StringBuilder();
      StringBuilder literal = new StringBuilder();
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c == '*') {
          regex.append(Pattern.quote(literal.toString())).append(".*");
          literal.setLength(0);
        } else if (c == '\\') {
          i = unescapeOne(row, cell, i, literal, true);
        } else {
          literal.append(c);
        }
      }
      regex.append(Pattern.quote(literal.toString()));
      return new Glob("\"" + cell + "\"", Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    boolean matches(TextSpan span) {
      if (this == ANY || this == ABSENT) {
        return this == ANY || span == null;
      }
      return span != null && matches(span.text());
    }

    boolean matches(String text) {
      return pattern.matcher(text).matches();
    }

    @Override
    public String toString() {
      return shown;
    }
  }

  /**
   * The text of a cell with its escapes read: a backslash and n (newline), t (tab), a backslash, or u and four hex
   * digits; in an expected value also a backslash and a star or a semicolon.
   */
  private static String unescape(TsvRow row, String cell, boolean expected) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\') {
        i = unescapeOne(row, cell, i, out, expected);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Appends the escape that starts at {@code cell[i]} to {@code out}; returns the index of its last character. */
  private static int unescapeOne(TsvRow row, String cell, int i, StringBuilder out, boolean expected) {
    if (i + 1 >= cell.length()) {
      throw row.error("a lone backslash at the end of: " + cell);
    }
    char next = cell.charAt(i + 1);
    switch (next) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case '\\' -> out.append('\\');
      case 'u' -> {
        String hex = cell.substring(i + 2, Math.min(i + 6, cell.length()));
        if (!hex.matches("[0-9A-Fa-f]{4}")) {
          throw row.error("a backslash-u takes four hex digits in: " + cell);
        }
        out.append((char) Integer.parseInt(hex, 16));
        return i + 5;
      }
      case '*', ';' -> {
        if (!expected) {
          throw row.error("a backslash before '" + next + "' belongs only in an expected value: " + cell);
        }
        out.append(next);
      }
      default -> throw row.error("unknown escape: a backslash before '" + next + "' in: " + cell);
    }
    return i + 1;
  }
}
