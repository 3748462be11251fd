package dev.claimex.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol with nothing but the JDK ({@code java.net.http}'s
 * WebSocket): open a page, evaluate script in it, move the mouse, press keys, take screenshots, and record what the
 * page did (exceptions, dialogs, requests). Nothing is downloaded: the browser is the system's.
 *
 * <pre>{@code
 * try (Chromium browser = Chromium.start(Chromium.find().orElseThrow())) {
 *   browser.open(page.toUri(), "document.documentElement.dataset.ready");
 *   browser.evaluate("document.title");
 * }
 * }</pre>
 */
final class Chromium implements AutoCloseable {

  /** Set to {@code true} to skip the browser tests where Chromium cannot be installed; otherwise they fail. */
  static final String SKIP_PROPERTY = "claimex.browser.skip";
  /** The browser's executable, when it is not {@code chromium} on the PATH. */
  static final String PATH_PROPERTY = "claimex.chromium";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
  private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Chromium's executable: {@value #PATH_PROPERTY}, else {@code chromium} or {@code chromium-browser} on the PATH. */
  static Optional<Path> find() {
    String configured = System.getProperty(PATH_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Starts a headless browser with a fresh profile. The flags keep it off the network: without them it opens
   * connections of its own (updates, sync, field trials) that a closed network refuses.
   */
  static Chromium start(Path executable) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("claimex-chromium-");
    Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    List<String> stderr = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (stderr.size() < 200) {
            stderr.add(line);
          }
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            endpoint.complete(m.group(1));
          }
        }
        endpoint.completeExceptionally(new IOException("Chromium ended without a DevTools endpoint"));
      } catch (IOException e) {
        endpoint.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true); // drains the browser's log so that it never blocks on a full pipe
    reader.start();
    try {
      URI browserEndpoint = URI.create(endpoint.get(60, TimeUnit.SECONDS));
      HttpClient http = HttpClient.newHttpClient();
      URI list = URI.create("http://" + browserEndpoint.getAuthority() + "/json/list");
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      String page = null;
      for (JsonNode target : targets) {
        if (target.path("type").asText().equals("page")) {
          page = target.get("webSocketDebuggerUrl").asText();
          break;
        }
      }
      if (page == null) {
        throw new IOException("Chromium has no page to drive: " + targets);
      }
      Listener listener = new Listener();
      WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), listener).get(30, TimeUnit.SECONDS);
      Chromium browser = new Chromium(process, profile, socket);
      listener.browser = browser;
      browser.send("Page.enable");
      browser.send("Runtime.enable");
      browser.send("Network.enable");
      browser.send("Emulation.setFocusEmulationEnabled", "enabled", true); // Tab moves the focus as in a window
      return browser;
    } catch (Exception e) {
      stop(process);
      deleteTree(profile);
      throw new IOException("could not start Chromium (" + executable + "): " + e + "\n" + String.join("\n", stderr), e);
    }
  }

  /** Sends a command and waits for its result; a protocol error throws. */
  JsonNode send(String method, Object... keysAndValues) {
    ObjectNode params = JSON.createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
    }
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
      JsonNode answer = reply.get(REPLY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IllegalStateException(method + " failed: " + answer.get("error"));
      }
      return answer.get("result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " interrupted", e);
    } catch (Exception e) {
      throw e instanceof IllegalStateException ise ? ise : new IllegalStateException(method + ": " + e, e);
    } finally {
      pending.remove(id);
    }
  }

  /** The value of a JavaScript expression in the page (promises awaited); an exception in it throws. */
  JsonNode evaluate(String expression) {
    JsonNode result = send("Runtime.evaluate", "expression", expression, "returnByValue", true, "awaitPromise", true);
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + result.get("exceptionDetails") + "\n" + expression);
    }
    return result.path("result").path("value");
  }

  /** Sets the viewport: a desktop window or a phone's screen. */
  void viewport(int width, int height, boolean mobile) {
    send("Emulation.setDeviceMetricsOverride", "width", width, "height", height, "deviceScaleFactor", 1,
        "mobile", mobile);
  }

  /**
   * Opens {@code url} and waits until {@code readyExpression} is neither null nor undefined; returns the wall time
   * from the navigation to that moment.
   */
  Duration open(URI url, String readyExpression, Duration timeout) throws InterruptedException {
    events.clear();
    long start = System.nanoTime();
    send("Page.navigate", "url", url.toString());
    long deadline = start + timeout.toNanos();
    String ready = "(function () { try { return " + readyExpression + " != null; } catch (e) { return false; } })()";
    while (!evaluate(ready).asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not ready after " + timeout + ": " + readyExpression + "; page events: "
            + events("Runtime.exceptionThrown"));
      }
      Thread.sleep(20);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Moves the mouse to a point of the viewport. */
  void moveMouse(double x, double y) {
    send("Input.dispatchMouseEvent", "type", "mouseMoved", "x", x, "y", y);
  }

  /** A left click at a point of the viewport. */
  void click(double x, double y) {
    moveMouse(x, y);
    send("Input.dispatchMouseEvent", "type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1);
    send("Input.dispatchMouseEvent", "type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1);
  }

  /** Presses and releases a key without text: {@code Tab}, {@code Escape}. */
  void press(String key, int keyCode) {
    send("Input.dispatchKeyEvent", "type", "rawKeyDown", "key", key, "code", key, "windowsVirtualKeyCode", keyCode);
    send("Input.dispatchKeyEvent", "type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", keyCode);
  }

  /** A PNG of the viewport, saved to {@code file}. */
  void screenshot(Path file) throws IOException {
    JsonNode shot = send("Page.captureScreenshot", "format", "png");
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  /** The events of {@code method} received since the last {@link #open}. */
  List<JsonNode> events(String method) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode event : events) {
      if (event.path("method").asText().equals(method)) {
        found.add(event.path("params"));
      }
    }
    return found;
  }

  @Override
  public void close() {
    try {
      send("Browser.close");
    } catch (RuntimeException e) {
      // the browser is gone already: stop() below makes sure
    }
    socket.abort();
    stop(process);
    deleteTree(profile);
  }

  /** Ends the browser and every process it started (the Debian launcher is a shell script that forks it). */
  private static void stop(Process process) {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void received(String text) throws IOException {
    JsonNode message = JSON.readTree(text);
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    events.add(message);
    if (message.path("method").asText().equals("Page.javascriptDialogOpening")) {
      // a dialog would block the page: dismiss it (the test reads that it opened); not from this thread, which
      // delivers the reply
      CompletableFuture.runAsync(() -> send("Page.handleJavaScriptDialog", "accept", false));
    }
  }

  /** Collects a message's parts and hands each whole message over (the browser speaks only when spoken to first). */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder parts = new StringBuilder();
    volatile Chromium browser;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      parts.append(data);
      if (last) {
        String message = parts.toString();
        parts.setLength(0);
        try {
          browser.received(message);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      socket.request(1);
      return null;
    }
  }
}
