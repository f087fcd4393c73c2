package org.leanml.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the documents stay true to the repository: every document is listed, the BOM
 * manages every published module, and no document names a path of one particular machine.
 */
class ProjectDocsTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  /** Modules that are no published library: the BOM itself and the benchmarks. */
  private static final List<String> UNPUBLISHED = List.of("leanml-bom", "leanml-bench");

  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

  @Test
  void readme_listsEveryDocument() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));

    List<String> docs;
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      docs = files.map(p -> "docs/" + p.getFileName()).sorted().toList();
    }

    assertThat(docs).isNotEmpty().allSatisfy(d -> assertThat(readme).contains("`" + d + "`"));
  }

  @Test
  void bom_managesEveryPublishedModuleOfTheReactor() throws IOException {
    List<String> modules = matches(MODULE, Files.readString(ROOT.resolve("pom.xml")));
    modules.removeAll(UNPUBLISHED);

    List<String> managed = matches(ARTIFACT, Files.readString(ROOT.resolve("leanml-bom/pom.xml")));

    assertThat(modules).isNotEmpty();
    assertThat(managed).containsAll(modules);
  }

  @Test
  void readme_importsTheBom() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));

    assertThat(readme)
        .contains("<artifactId>leanml-bom</artifactId>")
        .contains("<scope>import</scope>");
  }

  @Test
  void documents_nameNoPathOfAParticularMachine() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.forEach(documents::add);
    }
    Pattern machinePath = Pattern.compile("(?<![\\w.])/(work|root|home|Users|usr/lib/jvm)/");

    for (Path doc : documents) {
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        assertThat(machinePath.matcher(lines.get(i)).find())
            .as("%s line %d names a machine's path: %s", ROOT.relativize(doc), i + 1, lines.get(i))
            .isFalse();
      }
    }
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
