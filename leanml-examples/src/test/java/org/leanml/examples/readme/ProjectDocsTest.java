package org.leanml.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

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

  /**
   * How the README's dependency column names a third-party artifact (group, or group:artifact);
   * leanml's own modules appear by their artifact id in backticks.
   */
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("org.tribuo", "Tribuo");
    NAMES.put("com.fasterxml.jackson.core", "Jackson");
    NAMES.put("org.apache.commons:commons-math3", "Commons Math");
    NAMES.put("org.slf4j:slf4j-api", "SLF4J API");
    NAMES.put("org.jspecify", "JSpecify");
    NAMES.put("info.picocli", "picocli");
    NAMES.put("ch.qos.logback", "Logback");
    NAMES.put("org.junit.jupiter:junit-jupiter-api", "JUnit 5 API");
    NAMES.put("org.assertj", "AssertJ");
    NAMES.put("net.jqwik", "jqwik");
    NAMES.put("org.openjdk.jmh", "JMH");
  }

  @Test
  void readme_dependencyColumnNamesWhatEachModuleReallyPullsIn() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    List<String> modules = matches(MODULE, Files.readString(ROOT.resolve("pom.xml")));
    assertThat(modules).isNotEmpty();

    for (String module : modules) {
      Matcher row =
          Pattern.compile("(?m)^\\| `" + Pattern.quote(module) + "` \\|.*\\| ([^|]*) \\|$")
              .matcher(readme);
      assertThat(row.find()).as("README has a modules-table row for %s", module).isTrue();
      String listed = row.group(1);

      List<String> expected = new ArrayList<>();
      for (String dependency : directDependencies(ROOT.resolve(module).resolve("pom.xml"))) {
        String name = readmeName(dependency);
        if (name != null && !expected.contains(name)) {
          expected.add(name);
        }
      }
      List<String> named = new ArrayList<>(matches(LISTED_MODULE, listed));
      for (String name : NAMES.values()) {
        if (listed.contains(name) && !named.contains(name)) {
          named.add(name);
        }
      }
      assertThat(named)
          .as("README's dependency column for %s: \"%s\"", module, listed)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static final Pattern LISTED_MODULE = Pattern.compile("`(leanml-[a-z]+)`");

  /** The README name of a {@code group:artifact} dependency, or null for one it need not list. */
  private static String readmeName(String dependency) {
    if (dependency.startsWith("org.leanml:")) {
      return dependency.substring("org.leanml:".length());
    }
    String byArtifact = NAMES.get(dependency);
    if (byArtifact != null) {
      return byArtifact;
    }
    String byGroup = NAMES.get(dependency.substring(0, dependency.indexOf(':')));
    if (byGroup == null) {
      throw new AssertionError("ProjectDocsTest.NAMES has no README name for " + dependency);
    }
    return byGroup;
  }

  /** {@code group:artifact} of each direct compile- or runtime-scope dependency of a pom. */
  private static List<String> directDependencies(Path pom) throws Exception {
    Element project =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(pom.toFile())
            .getDocumentElement();
    List<String> found = new ArrayList<>();
    Element dependencies = child(project, "dependencies");
    if (dependencies == null) {
      return found;
    }
    NodeList list = dependencies.getElementsByTagName("dependency");
    for (int i = 0; i < list.getLength(); i++) {
      Element dependency = (Element) list.item(i);
      Element scope = child(dependency, "scope");
      String s = scope == null ? "compile" : scope.getTextContent().trim();
      if (s.equals("compile") || s.equals("runtime")) {
        found.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    if (e == null) {
      throw new AssertionError("a dependency without <" + name + ">");
    }
    return e.getTextContent().trim();
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
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
