package dev.claimex.html;

import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The fixed parts of the page: its style sheet and script (resources beside this class, inlined in every page), the
 * legend, and the content security policy that lets that script, and no other, run.
 */
final class PageAssets {

  static final String STYLE = resource("claims-view.css");
  static final String SCRIPT = resource("claims-view.js");

  /**
   * Nothing is loaded (no network, no file), styles are inline, and the only script that runs is the page's own, by
   * its hash: were some text ever to turn into markup, a script in it would still not run.
   */
  static final String POLICY = "default-src 'none'; script-src '" + sha256(SCRIPT) + "'; style-src 'unsafe-inline'; "
      + "base-uri 'none'; form-action 'none'";

  static final String LEGEND = """
      <section id="legend" aria-labelledby="legend-h"><h2 id="legend-h">Legend</h2>
      <ul class="legend">
      <li><span class="m s0 k L0">content</span> what is claimed, underlined in the speaker's colour; claims that \
      overlap stack their underlines</li>
      <li><span class="m s0 q">warned</span> the cue</li>
      <li><span class="m s0 p">speaker</span> who claims it</li>
      <li><span class="m s0 k f L0">if it fails</span> a condition</li>
      <li><span class="m s0 o">Reuters</span> the outlet credited</li>
      <li><span class="ctl">\u27e8U+202E\u27e9</span> a direction control in the text, shown, not applied</li>
      </ul>
      <p class="hint">Point at a mark, tap it or reach it with Tab for its card; Esc closes the card.</p>
      </section>
      """;

  private PageAssets() {}

  private static String resource(String name) {
    try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
      checkState(in != null, "%s is missing beside %s (is the claimex-core jar intact?)", name, PageAssets.class);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      checkState(!text.toLowerCase(java.util.Locale.ROOT).contains("</"), "%s must not contain '</'", name);
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
