package dev.claimex.examples;

import static com.google.common.base.Preconditions.checkArgument;

import dev.claimex.Claimex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON Lines in, JSON Lines out: one {@code {"id","text"}} object per input line, one result per output line, same
 * order and ids. Documents are extracted on several threads while the results are written in input order, so a
 * slow document holds up no document after it, only the writing of their lines; one that runs far past its time
 * budget (a stage that ignores it) is given up with an error line. A bad line, a failing document, or one that ran
 * out of its time budget becomes an output line with an {@code error} field (and whatever partial result there is),
 * is reported on stderr with its line number and id, and the batch goes on. Input is streamed: documents in flight
 * are bounded in number and in characters, so memory does not grow with the batch.
 */
final class BatchRunner {

  private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;
  /** A document running this long is named on stderr, and again every time as long again passes. */
  private static final Duration SLOW_AFTER = Duration.ofSeconds(10);
  private static final long POLL_MILLIS = 200;
  /** Documents waiting or running per thread: enough to keep threads busy behind a slow one. */
  private static final int IN_FLIGHT_PER_THREAD = 4;
  /** Heap a document of one character needs at its peak, with its result and output line (5 MB pages: about 120). */
  private static final long BYTES_PER_CHARACTER = 200;

  private final Claimex claimex;
  private final PrintStream out;
  private final PrintStream err;
  private final int threads;
  private final long slowAfterNanos;
  /** When a running document is given up: well past the time budget that should have stopped it. */
  private final long abandonAfterNanos;

  BatchRunner(Claimex claimex, PrintStream out, PrintStream err, int threads) {
    this(claimex, out, err, threads, SLOW_AFTER, claimex.options().timeBudget().multipliedBy(2).plusSeconds(30));
  }

  /** A runner that names documents running longer than {@code slowAfter} and gives up at {@code abandonAfter}. */
  BatchRunner(Claimex claimex, PrintStream out, PrintStream err, int threads, Duration slowAfter,
      Duration abandonAfter) {
    checkArgument(threads > 0, "threads must be positive: %s", threads);
    this.claimex = claimex;
    this.out = out;
    this.err = err;
    this.threads = threads;
    this.slowAfterNanos = slowAfter.toNanos();
    this.abandonAfterNanos = abandonAfter.toNanos();
  }

  /** What a run did: documents, failures, wall time, and the document that took longest. */
  record Summary(int documents, int failed, double seconds, double slowestSeconds, int slowestLine, String slowestId) {}

  /** A document read from the input: waiting, running or done, in input order. */
  private static final class Pending {
    final int lineNumber;
    final int characters;
    final CompletableFuture<DocumentLine.Outcome> outcome = new CompletableFuture<>();
    /** Whether its worker gave its thread back (done or given up), so that it is given back once. */
    final AtomicBoolean released = new AtomicBoolean();
    volatile String id;
    volatile long startedNanos;
    volatile long finishedNanos;
    long nextNoticeNanos;

    Pending(int lineNumber, int characters) {
      this.lineNumber = lineNumber;
      this.characters = characters;
    }
  }

  /** Processes every line. */
  Summary run(BufferedReader input, String name) throws IOException {
    Batch batch = new Batch(name);
    try {
      int lineNumber = 0;
      for (String line = input.readLine(); line != null; line = input.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Pending document = new Pending(lineNumber, Math.min(line.length(), batch.characterBudget));
        batch.admit(document);
        String text = line;
        batch.pool.execute(() -> batch.work(document, text));
      }
      while (!batch.pending.isEmpty()) {
        batch.writeFinishedAndWait();
      }
    } finally {
      batch.pool.shutdownNow();
      out.flush();
    }
    return batch.progress.done();
  }

  /** The documents in flight of one run, and what bounds them. */
  private final class Batch {
    final ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());
    final Semaphore workers = new Semaphore(threads);
    final int characterBudget = characterBudget();
    final Semaphore characters = new Semaphore(characterBudget);
    final Deque<Pending> pending = new ArrayDeque<>();
    /** Wakes the writer when any document finishes. */
    final BlockingQueue<Pending> finished = new LinkedBlockingQueue<>();
    final Progress progress;

    Batch(String name) {
      this.progress = new Progress(name);
    }

    /**
     * Waits until the document may start: fewer documents in flight than the window, room for its characters in
     * the heap, a free thread. Meanwhile finished documents are written in order.
     */
    void admit(Pending document) {
      while (true) {
        if (pending.size() < threads * IN_FLIGHT_PER_THREAD && characters.tryAcquire(document.characters)) {
          if (workers.tryAcquire()) {
            pending.add(document);
            return;
          }
          characters.release(document.characters);
        }
        writeFinishedAndWait();
      }
    }

    void work(Pending document, String line) {
      document.startedNanos = System.nanoTime();
      DocumentLine.Outcome outcome = null;
      try {
        outcome = DocumentLine.extract(claimex, line, id -> document.id = id);
      } finally {
        if (!document.outcome.isDone()) { // not given up meanwhile
          document.finishedNanos = System.nanoTime();
        }
        // the thread is free before the writer hears of it, so that the next document can start at once
        if (document.released.compareAndSet(false, true)) {
          workers.release();
        }
        document.outcome.complete(outcome != null ? outcome
            : DocumentLine.failure(document.id, "the document's thread failed"));
        finished.add(document);
      }
    }

    /**
     * Writes the finished documents at the head of the queue, then waits a little for any document to finish,
     * naming documents that run long and giving up one that runs far too long.
     */
    void writeFinishedAndWait() {
      while (!pending.isEmpty() && pending.peek().outcome.isDone()) {
        Pending head = pending.poll();
        write(head, head.outcome.join(), progress);
        characters.release(head.characters);
      }
      if (pending.isEmpty()) {
        return;
      }
      try {
        finished.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for documents", e);
      }
      watch(pending, workers);
      progress.maybeReport();
    }
  }

  /** Names the documents that run long; gives up those that run far past their budget, freeing their thread. */
  private void watch(Deque<Pending> pending, Semaphore workers) {
    long now = System.nanoTime();
    for (Pending document : pending) {
      long started = document.startedNanos;
      if (started == 0 || document.outcome.isDone()) {
        continue;
      }
      long running = now - started;
      if (running > abandonAfterNanos) {
        String message = String.format(Locale.ROOT, "given up after %.1f s, with a time budget of %.1f s: a stage "
            + "does not keep to the budget (please report it)", running / 1e9,
            claimex.options().timeBudget().toMillis() / 1e3);
        document.finishedNanos = now;
        document.outcome.complete(DocumentLine.failure(document.id, message));
        if (document.released.compareAndSet(false, true)) {
          workers.release(); // its thread runs on unobserved; another takes its place
        }
      } else if (running > slowAfterNanos && now >= document.nextNoticeNanos) {
        err.printf(Locale.ROOT, "claimex: line %d (id %s) has been running for %.1f s%n", document.lineNumber,
            document.id, running / 1e9);
        document.nextNoticeNanos = now + Math.max(slowAfterNanos, running);
      }
    }
  }

  private void write(Pending document, DocumentLine.Outcome outcome, Progress progress) {
    out.println(outcome.json());
    progress.documents++;
    progress.timed(document);
    if (outcome.failed()) {
      progress.failed++;
      err.printf(Locale.ROOT, "claimex: %s line %d (%s): %s%n", progress.name, document.lineNumber,
          outcome.id() == null ? "no id" : "id " + outcome.id(), outcome.error());
    }
  }

  /** Characters of documents in flight that the heap holds: what is left after the models, by the peak per char. */
  private static int characterBudget() {
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, free / BYTES_PER_CHARACTER));
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "claimex-batch-" + count.incrementAndGet());
      thread.setDaemon(true); // a document given up must not keep the JVM alive
      return thread;
    };
  }

  /** Documents done and failed, reported on stderr every few seconds and at the end. */
  private final class Progress {
    final String name;
    final long start = System.nanoTime();
    long lastReport = start;
    int documents;
    int failed;
    Pending slowest;

    Progress(String name) {
      this.name = name;
    }

    void timed(Pending document) {
      if (slowest == null || seconds(document) > seconds(slowest)) {
        slowest = document;
      }
    }

    private double seconds(Pending document) {
      return (document.finishedNanos - document.startedNanos) / 1e9;
    }

    void maybeReport() {
      long now = System.nanoTime();
      if (now - lastReport > PROGRESS_EVERY_NANOS) {
        lastReport = now;
        err.printf(Locale.ROOT, "claimex: %d documents, %.1f/s%n", documents, documents / ((now - start) / 1e9));
      }
    }

    Summary done() {
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "claimex: done, %d documents (%d failed) in %.1f s%n", documents, failed, seconds);
      return slowest == null ? new Summary(documents, failed, seconds, 0, 0, null)
          : new Summary(documents, failed, seconds, seconds(slowest), slowest.lineNumber, slowest.id);
    }
  }
}
