/**
 * The lexicons, as TSV resources beside this package: {@code cues.tsv} (which words introduce a claim, of which
 * act), {@code hedges.tsv}, {@code conditions.tsv}, {@code modality.tsv}, {@code harm.tsv}. Each row has a stable id
 * and examples; the tests of {@code core} replay every example.
 *
 * <pre>{@code
 * TsvTable table = TsvTable.load(ModelCatalog.RESOURCE_ROOT + "lexicon/harm.tsv", "id", "lemma");
 * table.rows().forEach(row -> System.out.println(row.get("id")));
 * }</pre>
 */
package dev.claimex.models.lexicon;
