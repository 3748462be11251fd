package dev.claimex.examples;

import static com.google.common.base.Preconditions.checkArgument;

import dev.claimex.Claimex;
import dev.claimex.text.Deadline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON Lines in, JSON Lines out: one {@code {"id","text"}} object per input line, one result per output line, same
 * order and ids. Documents are extracted on several threads while results are written in input order, so a slow
 * document holds up the documents after it only in the writing of their lines (while fewer than four a thread
 * wait). A document running long is named on stderr; one that runs far past its time budget (a stage that ignores
 * it) is given up with an error line and its thread interrupted. A bad line, a failing document, or one that ran out
 * of its time budget becomes an output line with an {@code error} field (and whatever partial result there is), is
 * reported on stderr with its line number and id, and the batch goes on. Input is read on a thread of its own and
 * streamed: documents in flight are bounded in number and in characters (by the free heap), so memory does not grow
 * with the batch; a document given up keeps its characters until its thread lets go of it.
 */
final class BatchRunner {

  /** A document running this long is named on stderr, and again each time its running time doubles. */
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

  /** What a run did: documents, failures, wall time, and the document that took longest. */
  record Summary(int documents, int failed, double seconds, double slowestSeconds, int slowestLine, String slowestId) {}

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
    this.slowAfterNanos = Deadline.nanos(slowAfter);
    this.abandonAfterNanos = Deadline.nanos(abandonAfter);
  }

  /** Processes every line; an error reading the input ends the batch after the documents read are written. */
  Summary run(BufferedReader input, String name) throws IOException {
    return new Run(name).over(input);
  }

  /** The documents in flight of one run, and what bounds them. */
  private final class Run {
    final ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());
    final int window = threads * IN_FLIGHT_PER_THREAD;
    final Semaphore slots = new Semaphore(threads);
    final int characterBudget = characterBudget();
    final Semaphore characters = new Semaphore(characterBudget);
    final Deque<BatchDocument> pending = new ArrayDeque<>();
    /** Released by every document that finishes: wakes the writer. */
    final Semaphore finished = new Semaphore(0);
    /** Documents given up whose threads still run them. */
    final AtomicInteger stuck = new AtomicInteger();
    final BatchProgress progress;

    Run(String name) {
      this.progress = new BatchProgress(name, err);
    }

    Summary over(BufferedReader input) throws IOException {
      InputLines lines = InputLines.start(input, window);
      IOException failure;
      try {
        while (true) {
          InputLines.Line line = lines.poll(POLL_MILLIS);
          if (line == null) {
            tend();
          } else if (line.isEnd()) {
            failure = line.error();
            break;
          } else {
            admit(line);
            tend();
          }
        }
        while (!pending.isEmpty()) {
          finished.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
          tend();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while documents were in flight");
      } finally {
        writeFinished();
        pool.shutdownNow();
        out.flush();
      }
      if (failure != null) {
        throw failure;
      }
      return progress.done();
    }

    /**
     * Starts the line's document once there is room (fewer documents in flight than the window, its characters
     * free in the heap budget, a free thread), writing finished documents meanwhile; if every thread is stuck in a
     * document given up, the line gets an error line instead.
     */
    void admit(InputLines.Line line) throws InterruptedException {
      BatchDocument document = new BatchDocument(line.number(), Math.min(line.text().length(), characterBudget));
      while (true) {
        if (stuck.get() >= threads) {
          pending.add(BatchDocument.notExtracted(line.number(), DocumentLine.failure(DocumentLine.idOf(line.text()),
              "not extracted: " + threads + " document(s) are stuck in a stage that does not keep to the time budget"
              + " (please report it)")));
          return;
        }
        if (pending.size() < window && characters.tryAcquire(document.characters)) {
          if (slots.tryAcquire()) {
            pending.add(document);
            pool.execute(() -> work(document, line.text()));
            return;
          }
          characters.release(document.characters);
        }
        finished.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
        tend();
      }
    }

    void work(BatchDocument document, String line) {
      document.startedNanos = System.nanoTime();
      document.thread = Thread.currentThread();
      DocumentLine.Outcome outcome = null;
      try {
        outcome = DocumentLine.extract(claimex, line, id -> document.id = id);
      } finally {
        synchronized (document) { // the runner gives up a document under this lock, and only a running one
          document.thread = null;
          if (!document.outcome.isDone()) {
            document.finishedNanos = System.nanoTime();
          }
        }
        Thread.interrupted(); // clears an interrupt from giving up, which arrived before the lock was released
        if (document.slotReleased.compareAndSet(false, true)) {
          slots.release(); // before the writer hears of it, so that the next document can start at once
        } else {
          stuck.decrementAndGet(); // given up earlier: its thread is free again
        }
        document.outcome.complete(outcome != null ? outcome
            : DocumentLine.failure(document.id, "the document's thread failed"));
        letGoOfCharacters(document);
        finished.release();
      }
    }

    /** Writes what is finished, names or gives up documents that run long, reports progress. */
    void tend() {
      finished.drainPermits();
      writeFinished();
      watch();
      progress.maybeReport();
    }

    /** Writes the finished documents at the head of the queue, in input order. */
    void writeFinished() {
      while (!pending.isEmpty() && pending.peek().outcome.isDone()) {
        BatchDocument head = pending.poll();
        DocumentLine.Outcome outcome = head.outcome.join();
        out.println(outcome.json());
        progress.written(head, outcome);
        letGoOfCharacters(head);
      }
    }

    /** Names the documents that run long; gives up those that run far past their budget, freeing their slot. */
    void watch() {
      long now = System.nanoTime();
      for (BatchDocument document : pending) {
        long running = now - document.startedNanos;
        if (!document.started() || document.outcome.isDone()) {
          continue;
        }
        if (running > abandonAfterNanos) {
          giveUp(document, running);
        } else if (running > slowAfterNanos << Math.min(30, document.notices)) {
          document.notices++;
          err.printf(Locale.ROOT, "claimex: line %d (%s) has been running for %.1f s%n", document.lineNumber,
              document.name(), running / 1e9);
        }
      }
    }

    private void giveUp(BatchDocument document, long running) {
      String message = String.format(Locale.ROOT, "given up after %.1f s, with a time budget of %.1f s: a stage "
          + "does not keep to the budget (please report it)", running / 1e9,
          claimex.options().timeBudget().toMillis() / 1e3);
      synchronized (document) {
        Thread thread = document.thread;
        if (thread == null) {
          return; // it finished meanwhile
        }
        document.finishedNanos = System.nanoTime();
        document.outcome.complete(DocumentLine.failure(document.id, message));
        if (document.slotReleased.compareAndSet(false, true)) {
          stuck.incrementAndGet();
          slots.release(); // another thread takes its place; this one runs on, interrupted, until it lets go
        }
        thread.interrupt();
      }
    }

    private void letGoOfCharacters(BatchDocument document) {
      if (document.characterHolders.decrementAndGet() == 0) {
        characters.release(document.characters);
      }
    }
  }

  /** Characters of documents in flight that the heap holds: what is left after the models, by the peak per char. */
  private static int characterBudget() {
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, free / BYTES_PER_CHARACTER));
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "claimex-batch-" + count.incrementAndGet());
      thread.setDaemon(true); // a document given up must not keep the JVM alive
      return thread;
    };
  }
}
