package org.leanml.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;

class RunRecordJsonTest {

  static Fingerprint fp(String s) {
    return Fingerprinter.forDomain("test").putString(s).finish();
  }

  static RunRecord sample() {
    return new RunRecord(
        "run-1",
        Instant.parse("2026-01-02T03:04:05Z"),
        Instant.parse("2026-01-02T03:04:09.5Z"),
        "abc123",
        "0.1.0",
        List.of(
            new StageRecord(
                "extract",
                StageKind.EXTRACT,
                Map.of("file", "spambase.csv"),
                null,
                fp("a"),
                null,
                0,
                4601,
                Duration.ofMillis(120)),
            new StageRecord(
                "impute",
                StageKind.PREPROCESS,
                Map.of("strategy", "MEDIAN", "columns", "[x]"),
                fp("a"),
                fp("b"),
                fp("c"),
                4601,
                4601,
                Duration.ofNanos(1_250_000))));
  }

  @Test
  void toJson_thenFromJson_givesAnEqualRecord() {
    String json = RunRecordJson.toJson(sample());

    assertThat(RunRecordJson.fromJson(json)).isEqualTo(sample());
    assertThat(json).contains("\"format_version\" : 1").contains("\"duration_nanos\" : 1250000");
  }

  @Test
  void writeAndRead_file_roundTrips(@TempDir Path dir) {
    Path f = dir.resolve("run.json");

    RunRecordJson.write(sample(), f);

    assertThat(RunRecordJson.read(f)).isEqualTo(sample());
  }

  @Test
  void fromJson_newerFormatVersion_isRejectedWithBothVersions() {
    String json =
        RunRecordJson.toJson(sample()).replace("\"format_version\" : 1", "\"format_version\" : 7");

    assertThatThrownBy(() -> RunRecordJson.fromJson(json))
        .isInstanceOf(RunRecordFormatException.class)
        .hasMessage("unknown format version 7, this reader supports at most 1");
  }

  @Test
  void fromJson_missingOrMalformedField_namesIt() {
    String noRunId = RunRecordJson.toJson(sample()).replace("\"run_id\"", "\"other\"");
    String badRows =
        RunRecordJson.toJson(sample()).replace("\"rows_out\" : 4601", "\"rows_out\" : \"x\"");

    assertThatThrownBy(() -> RunRecordJson.fromJson(noRunId))
        .isInstanceOf(RunRecordFormatException.class)
        .hasMessage("run record: field 'run_id' is missing");
    assertThatThrownBy(() -> RunRecordJson.fromJson(badRows))
        .hasMessage("stage 0: field 'rows_out' must be an integer");
    assertThatThrownBy(() -> RunRecordJson.fromJson("{\"format_version\": 1"))
        .isInstanceOf(RunRecordFormatException.class)
        .hasMessageStartingWith("run record is not valid JSON");
    assertThatThrownBy(() -> RunRecordJson.fromJson("{}"))
        .hasMessage("run record: field 'format_version' is missing or not an integer");
  }

  @Test
  void runRecord_validates() {
    Instant t = Instant.parse("2026-01-02T03:04:05Z");
    StageRecord s = sample().stages().get(0);

    assertThatThrownBy(() -> new RunRecord("r", t, t.minusSeconds(1), "c", "l", List.of()))
        .hasMessageContaining("before it started");
    assertThatThrownBy(() -> new RunRecord("r", t, t, "c", "l", List.of(s, s)))
        .hasMessage("run 'r': stage name 'extract' appears twice");
    assertThatThrownBy(() -> new RunRecord(" ", t, t, "c", "l", List.of()))
        .hasMessage("runId must not be blank but was ' '");
    assertThat(sample().stage("impute").kind()).isEqualTo(StageKind.PREPROCESS);
  }

  @Provide
  Arbitrary<RunRecord> records() {
    Arbitrary<String> text =
        Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(x -> !x.isBlank());
    Arbitrary<Fingerprint> fps =
        Arbitraries.strings().ofMaxLength(5).map(RunRecordJsonTest::fp).injectNull(0.3);
    Arbitrary<StageRecord> stage =
        Combinators.combine(
                Arbitraries.of(StageKind.class),
                Arbitraries.maps(text, Arbitraries.strings().ofMaxLength(10)).ofMaxSize(3),
                fps,
                fps,
                fps,
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(0, 1_000_000_000_000L))
            .as(
                (k, conf, a, b, c, rows, nanos) ->
                    new StageRecord(
                        "s", k, conf, a, b, c, rows, rows / 2, Duration.ofNanos(nanos)));
    return Combinators.combine(
            text,
            Arbitraries.longs().between(0, 4_000_000_000L),
            Arbitraries.longs().between(0, 1_000_000_000L),
            text,
            stage.list().ofMaxSize(4))
        .as(
            (id, start, nanos, code, ss) -> {
              List<StageRecord> named = new ArrayList<>();
              for (int i = 0; i < ss.size(); i++) {
                StageRecord s = ss.get(i);
                named.add(
                    new StageRecord(
                        "stage-" + i,
                        s.kind(),
                        s.configuration(),
                        s.inputFingerprint(),
                        s.outputFingerprint(),
                        s.stateFingerprint(),
                        s.rowsIn(),
                        s.rowsOut(),
                        s.duration()));
              }
              Instant st = Instant.ofEpochSecond(start, nanos);
              return new RunRecord(id, st, st.plusNanos(nanos), code, "0.1.0", named);
            });
  }

  @Property(tries = 100)
  void anyRecord_roundTripsThroughJson(@ForAll("records") RunRecord record) {
    assertThat(RunRecordJson.fromJson(RunRecordJson.toJson(record))).isEqualTo(record);
  }
}
