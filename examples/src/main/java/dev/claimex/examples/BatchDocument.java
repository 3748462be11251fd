package dev.claimex.examples;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One line of a batch in flight: its place in the input, the characters of heap it holds, and its outcome, which
 * either its worker or the runner (giving it up) completes. Its fields are written by the worker and read by the
 * runner.
 */
final class BatchDocument {

  final int lineNumber;
  /** Characters of the heap budget it holds, from admission until it is both written and off its thread. */
  final int characters;
  final CompletableFuture<DocumentLine.Outcome> outcome = new CompletableFuture<>();
  /** Whether its thread slot went back (its worker finished, or it was given up), so that it goes back once. */
  final AtomicBoolean slotReleased = new AtomicBoolean();
  /** Two holders of its characters: the writer, until its line is out, and its thread, until it ends. */
  final AtomicInteger characterHolders = new AtomicInteger(2);
  volatile String id;
  volatile Thread thread;
  volatile long startedNanos;
  volatile long finishedNanos;
  /** How often the runner has named it as slow (it does so each time its running time doubles). */
  int notices;

  BatchDocument(int lineNumber, int characters) {
    this.lineNumber = lineNumber;
    this.characters = characters;
  }

  /** Whether its worker has begun (and not yet finished) it. */
  /** A line written with {@code outcome} and never extracted: it holds no characters and no thread. */
  static BatchDocument notExtracted(int lineNumber, DocumentLine.Outcome outcome) {
    BatchDocument document = new BatchDocument(lineNumber, 0);
    document.characterHolders.set(0);
    document.outcome.complete(outcome);
    return document;
  }

  boolean started() {
    return thread != null;
  }

  double seconds() {
    return (finishedNanos - startedNanos) / 1e9;
  }

  /** "id x" or "no id", for messages. */
  String name() {
    return id == null ? "no id" : "id " + id;
  }
}
