/**
 * The gazetteers, as TSV resources beside this package: countries, nationalities, regions, cities, news outlets,
 * titles, group phrases and speaker nouns.
 *
 * <pre>{@code
 * TsvTable countries = TsvTable.load(ModelCatalog.RESOURCE_ROOT + "gazetteer/countries.tsv", "id", "name");
 * countries.rows().size();   // about 200
 * }</pre>
 */
package dev.claimex.models.gazetteer;
