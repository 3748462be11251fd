// Claimex in JShell. After `mvn -q -DskipTests install`, from the project root:
//   jshell --class-path examples/target/claimex.jar examples/claimex.jsh
import dev.claimex.*;
import dev.claimex.claim.*;
import dev.claimex.examples.Examples;

var claimex = Claimex.english();                              // loads the models once (a few seconds)
var result = claimex.extract(Examples.foundingArticle());     // the bundled example article
System.out.println(result);
result.claims().forEach(System.out::println);                 // one readable line per claim

// claims of one type, e.g. warnings with their conditions
result.claims().stream().filter(c -> c.type() == ClaimType.WARNING).forEach(c -> System.out.println("warning by " + c.speaker().canonical() + " if " + c.condition().text()));
/exit
