package dev.claimex.spark;

/** A mistake on the job's command line, or an output that is already there: one line, exit code 2. */
final class JobUsageException extends Exception {
  private static final long serialVersionUID = 1L;

  JobUsageException(String message) {
    super(message);
  }
}
