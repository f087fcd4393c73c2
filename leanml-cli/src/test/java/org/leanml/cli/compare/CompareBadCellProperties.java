package org.leanml.cli.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leanml.cli.CliRun;

class CompareBadCellProperties {

  @Provide
  Arbitrary<String> badScore() {
    return Arbitraries.of("abc", "NaN", "1.5", "-0.2", "", "Infinity", "0.5.1");
  }

  /**
   * One bad cell anywhere in an otherwise valid file: exit 2 and one line naming the file, the line
   * the record starts on (quoted multi-line notes shift it) and the column.
   */
  @Property(tries = 60)
  void oneBadScore_isReportedAtItsLineAndColumn(
      @ForAll @IntRange(min = 4, max = 40) int rows,
      @ForAll @IntRange(min = 0, max = 39) int badRow,
      @ForAll boolean inCandidate,
      @ForAll("badScore") String bad,
      @ForAll @IntRange(min = 0, max = 3) int multiLineNotes)
      throws IOException {
    int target = badRow % rows;
    StringBuilder csv = new StringBuilder("y,base,cand,note\n");
    int line = 2;
    int targetLine = -1;
    for (int r = 0; r < rows; r++) {
      String b = r % 3 == 0 ? "0.9" : "0.2";
      String c = r % 2 == 0 ? "0.8" : "0.1";
      if (r == target) {
        targetLine = line;
        if (inCandidate) {
          c = bad;
        } else {
          b = bad;
        }
      }
      boolean twoLines = r < multiLineNotes;
      csv.append(r % 2 == 0 ? "spam" : "ham")
          .append(',')
          .append(b)
          .append(',')
          .append(c)
          .append(',')
          .append(twoLines ? "\"first\nsecond\"" : "x")
          .append('\n');
      line += twoLines ? 2 : 1;
    }
    Path dir = Files.createTempDirectory("leanml-prop");
    Path f = Files.writeString(dir.resolve("p.csv"), csv.toString());

    CliRun run = CliRun.of(PredictionFiles.compareArgs(f, "--positive", "spam"));

    String column = inCandidate ? "cand" : "base";
    run.assertBadInput(f.toString(), "line " + targetLine + ",", "column '" + column + "'");
    for (Path p : List.of(f, dir)) {
      Files.delete(p);
    }
  }
}
