package dev.claimex.examples;

import dev.claimex.examples.bench.StageBenchmarks;
import java.io.PrintStream;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** The {@code bench} command: the project's benchmarks, run in forked JVMs by JMH. */
final class Bench {

  private Bench() {}

  static int run(List<String> arguments, PrintStream out) throws UsageException {
    if (arguments.isEmpty() || !arguments.get(0).equals("--jmh")) {
      throw new UsageException("bench needs --jmh (try --help)");
    }
    String pattern = arguments.size() > 1 ? arguments.get(1) : StageBenchmarks.class.getSimpleName();
    Options options = new OptionsBuilder().include(pattern).build();
    try {
      new Runner(options).run();
      return 0;
    } catch (RunnerException e) {
      out.println("claimex: benchmark failed: " + e.getMessage());
      return 1;
    }
  }
}
