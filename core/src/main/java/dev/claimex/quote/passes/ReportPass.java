package dev.claimex.quote.passes;

import com.google.common.collect.ImmutableList;
import dev.claimex.quote.Report;
import java.util.List;

/**
 * One step over the reports read in a document: it takes them and returns new ones, leaving its input as it was.
 * A pass keeps no memory between documents, so the reports it returns depend only on what it is given.
 *
 * <pre>{@code
 * List<Report> reports = read;
 * for (ReportPass pass : passes) {
 *   reports = pass.apply(reports, context);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ReportPass {

  /** The reports after this pass, in their order; {@code reports} itself is not changed. */
  ImmutableList<Report> apply(List<Report> reports, PassContext doc);
}
