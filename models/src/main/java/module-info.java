/**
 * The versioned data of Claimex: lexicons, gazetteers and the catalogue of the statistical models it runs.
 *
 * <pre>{@code
 * TsvTable harm = TsvTable.load(ModelCatalog.RESOURCE_ROOT + "lexicon/harm.tsv", "id", "lemma");
 * ModelCatalog.versions();   // {"claimex" -> "0.1.0", "corenlp" -> "4.5.10", ...}
 * }</pre>
 *
 * <p>The tables are opened so that the stages in {@code dev.claimex.core} read them as class-path resources.
 */
module dev.claimex.models {
  requires transitive com.google.common;

  exports dev.claimex.models;
  opens dev.claimex.models; // versions.properties, read through the class loader
  opens dev.claimex.models.lexicon;
  opens dev.claimex.models.gazetteer;
}
