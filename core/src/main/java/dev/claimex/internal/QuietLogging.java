package dev.claimex.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Claimex logs nothing itself; CoreNLP and OpenNLP log through SLF4J, and a library depends on its API only, leaving
 * the choice of a provider to the application. Without one, SLF4J would print its "No SLF4J providers were found"
 * notice on every run of every program that uses Claimex. So, when no provider (nor an old 1.7 binding) is on the
 * class path and the application has not set {@code slf4j.internal.verbosity} itself, SLF4J starts with its own
 * notices limited to errors; the property is restored at once. With a provider, nothing is touched and the models'
 * messages go to it.
 */
final class QuietLogging {

  private static final String VERBOSITY = "slf4j.internal.verbosity";

  private QuietLogging() {}

  /**
   * Starts SLF4J, without its notice when there is nowhere for logs to go. Before the models load. An application
   * pinned to the SLF4J 1.7 API (which has no service providers) keeps SLF4J as it is.
   */
  static synchronized void start() {
    try {
      quietStart();
    } catch (LinkageError | ServiceConfigurationError e) {
      // an SLF4J 1.7 API, or a broken provider: nothing of ours to fix; logging stays as the application set it
    }
  }

  private static void quietStart() {
    ClassLoader loader = QuietLogging.class.getClassLoader();
    boolean provider = ServiceLoader.load(SLF4JServiceProvider.class, loader).findFirst().isPresent()
        || loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null;
    if (provider || System.getProperty(VERBOSITY) != null) {
      LoggerFactory.getILoggerFactory();
      return;
    }
    System.setProperty(VERBOSITY, "ERROR");
    try {
      LoggerFactory.getILoggerFactory(); // SLF4J reads the property once, as it starts
    } finally {
      System.clearProperty(VERBOSITY);
    }
  }
}
