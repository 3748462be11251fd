package dev.claimex.models;

/** A model, lexicon or gazetteer resource is missing or malformed; the message names the file and line. */
public final class ModelResourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelResourceException(String message) {
    super(message);
  }

  public ModelResourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
