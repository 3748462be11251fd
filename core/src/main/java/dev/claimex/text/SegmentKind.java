package dev.claimex.text;

/** What a layout segment of a news page is; claims never span two segments. */
public enum SegmentKind {
  /** A title or section heading: short, unpunctuated, on a line of its own. */
  HEADLINE,
  /** The place-and-outlet lead of a story, e.g. {@code "NAIROBI (Reuters) -"}. */
  DATELINE,
  /** The author line, e.g. {@code "By Jane Smith"}. */
  BYLINE,
  /** A line or tag that only credits an outlet, e.g. {@code "Source: Reuters"}, {@code "(AP)"}, {@code "cnn.com"}. */
  SOURCE_LINE,
  /** A bulleted or numbered item. */
  LIST_ITEM,
  /** Body text. */
  PARAGRAPH
}
