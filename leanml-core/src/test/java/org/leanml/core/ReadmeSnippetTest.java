package org.leanml.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadmeSnippetTest {

  static String snippet(Path source, String name) throws IOException {
    String text = Files.readString(source);
    int start = text.indexOf("// snippet:" + name + ":start");
    int end = text.indexOf("// snippet:" + name + ":end");
    String body = text.substring(text.indexOf('\n', start) + 1, text.lastIndexOf('\n', end));
    int indent = body.length() - body.stripLeading().length();
    return body.lines()
        .map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void embedSnippet_runsAndReportsTheViolation() {
    String out = ReadmeEmbedExample.run();

    assertThat(out)
        .startsWith("[row 1, column 'charExclamation': below minimum 0.0 (value '-0.2')]");
  }

  @Test
  void readme_showsTheEmbedSnippetVerbatim() throws IOException {
    Path module = Path.of(System.getProperty("user.dir"));
    String code =
        snippet(module.resolve("src/test/java/org/leanml/core/ReadmeEmbedExample.java"), "embed");

    String readme = Files.readString(module.getParent().resolve("README.md"));

    assertThat(readme).contains(code);
  }
}
