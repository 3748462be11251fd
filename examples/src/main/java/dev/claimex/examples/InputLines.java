package dev.claimex.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The lines of a batch's input, read on a thread of their own into a bounded queue: a slow producer (a pipe) never
 * keeps the runner from writing finished results or watching running documents.
 */
final class InputLines {

  /** A line with its number; the last one is an end mark, with the read error if reading failed. */
  record Line(int number, String text, IOException error) {
    boolean isEnd() {
      return text == null;
    }
  }

  private final BlockingQueue<Line> queue;

  private InputLines(int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /** Starts reading {@code input} (blank lines are skipped, but counted), holding at most {@code capacity} lines. */
  static InputLines start(BufferedReader input, int capacity) {
    InputLines lines = new InputLines(capacity);
    Thread reader = new Thread(() -> lines.read(input), "claimex-batch-input");
    reader.setDaemon(true); // it may wait on a pipe that never closes
    reader.start();
    return lines;
  }

  private void read(BufferedReader input) {
    int number = 0;
    IOException error = null;
    try {
      for (String text = input.readLine(); text != null; text = input.readLine()) {
        number++;
        if (!text.isBlank()) {
          queue.put(new Line(number, text, null));
        }
      }
    } catch (IOException e) {
      error = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      queue.put(new Line(number, null, error));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The next line, waiting at most {@code millis}; {@code null} if none came in that time. */
  Line poll(long millis) throws InterruptedException {
    return queue.poll(millis, TimeUnit.MILLISECONDS);
  }
}
