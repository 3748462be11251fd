package dev.claimex.models;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * One data row of a {@link TsvTable}, with the place it came from so that a bad value can be reported as
 * {@code file:line}.
 *
 * <pre>{@code
 * TsvRow row = table.rows().get(0);
 * String name = row.get("name");                    // "Reuters"
 * ImmutableList<String> aliases = row.list("aliases"); // ["AP", "AP News"], or [] for "-"
 * }</pre>
 */
public record TsvRow(String source, int line, ImmutableMap<String, String> fields) {

  /** The value that marks an empty list or an absent optional value. */
  public static final String NONE = "-";

  private static final Splitter LIST = Splitter.on('|').trimResults().omitEmptyStrings();

  public TsvRow {
    checkNotNull(source, "source");
    checkArgument(line > 0, "line must be positive: %s", line);
    checkNotNull(fields, "fields");
  }

  /** The value of a column the table is known to have. */
  public String get(String column) {
    String value = fields.get(column);
    if (value == null) {
      throw error("no column '" + column + "'");
    }
    return value;
  }

  /** The values of a {@code |}-separated column; {@code -} is the empty list. */
  public ImmutableList<String> list(String column) {
    String value = get(column);
    return NONE.equals(value) ? ImmutableList.of() : ImmutableList.copyOf(LIST.split(value));
  }

  /** The value of a column where {@code -} means absent ({@code null}). */
  public String optional(String column) {
    String value = get(column);
    return NONE.equals(value) ? null : value;
  }

  /** A failure located at this row: the message starts with {@code file:line}. */
  public ModelResourceException error(String message) {
    return new ModelResourceException(source + ":" + line + ": " + message);
  }
}
