package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimex.json.ClaimexJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared extractor, eight threads, the same documents: the results equal the sequential run's. */
class ConcurrencyTest {

  private static final List<String> DOCUMENTS = List.of(
      "The army warned of a wider war if the attacks continued, officials said.",
      "“We will not give up our land,” said Hugh Hill, a farmer. “Never.”",
      "Serbia and Kosovo held talks in Brussels. Both sides agreed to reopen the crossing.\nSource: Reuters",
      "The opposition accused the government of rigging the vote, according to local media.",
      "Russia said on Tuesday that Sudan must return the helicopter. It warned of consequences.",
      "NAIROBI (Reuters) - The rebels said they would attend. A spokesman denied the report.");
  private static final int THREADS = 8;
  private static final int ROUNDS = 5;

  @Test
  void eightThreadsGiveTheSequentialResults() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String document : DOCUMENTS) {
      expected.add(ClaimexJson.toJson(Pipeline.CLAIMEX.extract(document)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        for (int thread = 0; thread < THREADS; thread++) {
          for (String document : DOCUMENTS) {
            results.add(pool.submit(() -> ClaimexJson.toJson(Pipeline.CLAIMEX.extract(document))));
          }
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(expected.get(i % DOCUMENTS.size()), results.get(i).get(), "document " + (i % DOCUMENTS.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
