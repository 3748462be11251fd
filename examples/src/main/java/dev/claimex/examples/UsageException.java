package dev.claimex.examples;

/** A mistake on the command line or an unreadable input: reported in one line, exit code 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
