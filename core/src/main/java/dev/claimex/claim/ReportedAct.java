package dev.claimex.claim;

import dev.claimex.quote.Report;

/**
 * The claim type a report starts from, before the act in context says more: the act its cue names, or, for a plain
 * statement, what the first clause of its content does ("said China must drop its barriers" is a demand).
 */
final class ReportedAct {

  private ReportedAct() {}

  static ClaimType of(Report report) {
    return switch (report.clause()) {
      case DIRECTIVE -> ClaimType.DEMAND;
      case COMMITMENT -> ClaimType.PROMISE;
      case REFUSAL -> ClaimType.REJECTION;
      case NONE -> ClaimType.of(report.act());
    };
  }
}
