package org.leanml.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leanml.core.fingerprint.Fingerprint;

/** Invariants of the stored formats and of the name rule. */
class RegistryJsonProperties {

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withChars("abcxyz0189._-")
        .ofMinLength(0)
        .ofMaxLength(20)
        .map(s -> "m" + s);
  }

  @Provide
  Arbitrary<Fingerprint> fingerprints() {
    return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).map(Fingerprint::new);
  }

  @Provide
  Arbitrary<ModelVersion> versions() {
    Arbitrary<Integer> number = Arbitraries.integers().between(1, 100_000);
    Arbitrary<Map<String, Double>> metrics =
        Arbitraries.maps(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.doubles().between(-1e300, 1e300))
            .ofMaxSize(4);
    Arbitrary<Map<String, String>> tags =
        Arbitraries.maps(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().ofMaxLength(12))
            .ofMaxSize(4);
    Arbitrary<List<ArtifactPart>> parts =
        Combinators.combine(fingerprints(), Arbitraries.longs().between(0, Long.MAX_VALUE))
            .as((f, size) -> new ArtifactPart("dir/part.bin", f, size))
            .list()
            .ofMinSize(1)
            .ofMaxSize(1);
    // No attachment (a format-1 manifest) or a few with distinct names (format 2).
    Arbitrary<List<Attachment>> attachments =
        Combinators.combine(
                names(),
                Arbitraries.of("application/octet-stream", "text/plain", "application/vnd.x+json"),
                fingerprints(),
                Arbitraries.longs().between(0, Long.MAX_VALUE))
            .as(Attachment::new)
            .list()
            .ofMaxSize(3)
            .uniqueElements(Attachment::name);
    return Combinators.combine(
            names(),
            number,
            parts,
            metrics,
            tags,
            fingerprints().optional(),
            Arbitraries.longs().between(0, 4_000_000_000L),
            attachments)
        .as(
            (name, n, ps, m, t, fp, seconds, as) -> {
              List<ModelRef> members = new ArrayList<>();
              if (n > 1) {
                members.add(new ModelRef(name, n - 1));
              }
              return new ModelVersion(
                  name,
                  n,
                  n > 1 ? OptionalInt.of(n / 2) : OptionalInt.empty(),
                  Instant.ofEpochSecond(seconds, n),
                  new Artifact("codec/" + n, ps),
                  members,
                  fp,
                  Optional.empty(),
                  n % 2 == 0 ? Optional.of("{\"k\":[1,\"" + name + "\",null]}") : Optional.empty(),
                  m,
                  t,
                  as,
                  VersionStatus.REGISTERED);
            });
  }

  @Property(tries = 60)
  void manifest_writeThenParse_sameVersion(@ForAll("versions") ModelVersion v) {
    assertThat(RegistryJson.parseManifest(RegistryJson.manifest(v))).isEqualTo(v);
  }

  @Property(tries = 60)
  void manifest_formatVersion_oneWithoutAttachmentsTwoWithThem(@ForAll("versions") ModelVersion v) {
    String json = new String(RegistryJson.manifestLine(v), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(json).startsWith("{\"format_version\":" + (v.attachments().isEmpty() ? 1 : 2) + ",");
    assertThat(json.contains("\"attachments\"")).isEqualTo(!v.attachments().isEmpty());
    assertThat(RegistryJson.parseManifest(RegistryJson.manifestLine(v))).isEqualTo(v);
  }

  @Property(tries = 100)
  void eventLine_writeThenParse_sameEventAndOneLine(
      @ForAll("names") String name,
      @ForAll("names") String alias,
      @ForAll String reason,
      @ForAll long seconds) {
    net.jqwik.api.Assume.that(!reason.isBlank());
    AliasMove m =
        new AliasMove(
            name,
            alias,
            OptionalInt.of(3),
            4,
            Instant.ofEpochSecond(Math.floorMod(seconds, 4_000_000_000L)),
            reason,
            AliasMove.Action.PROMOTE);

    byte[] line = RegistryJson.eventLine(m);

    String text = new String(line, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
    assertThat(RegistryJson.parseEvent(text.substring(0, text.length() - 1))).isEqualTo(m);
  }

  @Property(tries = 100)
  void names_withSeparatorOrUpperCase_alwaysRefused(
      @ForAll("names") String prefix,
      @ForAll("separators") String bad,
      @ForAll("names") String suffix) {
    String name = prefix + bad + suffix;

    assertThatThrownBy(() -> RegistryNames.require("model name", name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("/", "\\", "A", " ", ":", "\u0000", "é", "/../");
  }

  @Property(tries = 100)
  void names_ofTheRule_accepted(@ForAll("names") String name) {
    net.jqwik.api.Assume.that(name.length() <= 64);

    assertThat(RegistryNames.require("model name", name)).isEqualTo(name);
  }

  @Property(tries = 200)
  void instant_fastParse_agreesWithInstantParse(
      @ForAll @net.jqwik.api.constraints.LongRange(min = -62_167_219_200L, max = 253_402_300_799L)
          long seconds,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant t = Instant.ofEpochSecond(seconds, nanos);

    Instant parsed = RegistryJson.parseUtcInstant(t.toString());

    assertThat(parsed).isEqualTo(t);
  }

  @net.jqwik.api.Example
  void instant_fastParse_leavesEverythingElseToInstantParse() {
    for (String s :
        List.of(
            "2026-13-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-11-22T24:00:00Z",
            "2026-11-22T08:00:00.Z",
            "2026-11-22T08:00:00+01:00",
            "+10000-01-01T00:00:00Z",
            "2026-11-22 08:00:00Z",
            "2026-1a-22T08:00:00Z")) {
      assertThat(RegistryJson.parseUtcInstant(s)).as(s).isNull();
    }
    assertThat(RegistryJson.parseUtcInstant("2026-11-22T08:00:00.5Z"))
        .isEqualTo(Instant.parse("2026-11-22T08:00:00.5Z"));
  }
}
