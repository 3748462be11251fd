/**
 * The claims of a document shown in its text, as one self-contained HTML page.
 *
 * <pre>{@code
 * Files.writeString(Path.of("claims.html"), ClaimexHtml.render(claimex.extract("article.txt", text)));
 * }</pre>
 */
package dev.claimex.html;
