package org.leanml.core.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.leanml.core.fingerprint.Fingerprint;

/**
 * The JSON form of a {@link RunRecord}, format version {@value #FORMAT_VERSION}:
 *
 * <pre>{@code
 * {
 *   "format_version": 1,
 *   "run_id": "3f9a...",
 *   "started": "2026-01-02T03:04:05Z",          // ISO-8601 instant
 *   "finished": "2026-01-02T03:04:09.5Z",
 *   "code_version": "a1b2c3d",
 *   "library_version": "0.1.0",
 *   "stages": [ {
 *     "name": "impute", "kind": "PREPROCESS",   // a StageKind
 *     "configuration": { "columns": "[x]" },    // string to string, keys sorted
 *     "input_fingerprint": "64 hex" | null,
 *     "output_fingerprint": "64 hex" | null,
 *     "state_fingerprint": "64 hex" | null,
 *     "rows_in": 4601, "rows_out": 4601,
 *     "duration_nanos": 1250000
 *   } ]
 * }
 * }</pre>
 *
 * <p>Readers check {@code format_version} first and reject a newer version than they know; unknown
 * extra fields are ignored so that a later minor addition does not break older readers.
 */
public final class RunRecordJson {
  /** The format version this class writes, and the highest it reads. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunRecordJson() {}

  /**
   * The JSON text of a record.
   *
   * @param record the record
   * @return pretty-printed JSON
   */
  public static String toJson(RunRecord record) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format_version", FORMAT_VERSION);
    root.put("run_id", record.runId());
    root.put("started", record.started().toString());
    root.put("finished", record.finished().toString());
    root.put("code_version", record.codeVersion());
    root.put("library_version", record.libraryVersion());
    ArrayNode stages = root.putArray("stages");
    for (StageRecord s : record.stages()) {
      ObjectNode n = stages.addObject();
      n.put("name", s.name());
      n.put("kind", s.kind().name());
      ObjectNode conf = n.putObject("configuration");
      s.configuration().forEach(conf::put);
      n.put("input_fingerprint", hex(s.inputFingerprint()));
      n.put("output_fingerprint", hex(s.outputFingerprint()));
      n.put("state_fingerprint", hex(s.stateFingerprint()));
      n.put("rows_in", s.rowsIn());
      n.put("rows_out", s.rowsOut());
      n.put("duration_nanos", s.duration().toNanos());
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render a run record as JSON", e);
    }
  }

  private static @Nullable String hex(@Nullable Fingerprint f) {
    return f == null ? null : f.hex();
  }

  /**
   * Writes a record to a file (UTF-8), replacing it.
   *
   * @param record the record
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(RunRecord record, Path file) {
    try {
      Files.writeString(file, toJson(record), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write run record " + file, e);
    }
  }

  /**
   * Reads a record from a file.
   *
   * @param file the file
   * @return the record
   * @throws RunRecordFormatException if the content is not a valid run record
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RunRecord read(Path file) {
    try {
      return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read run record " + file, e);
    }
  }

  /**
   * Parses a record.
   *
   * @param json the JSON text
   * @return the record
   * @throws RunRecordFormatException if the text is not JSON, its format version is unknown, or a
   *     field is missing or malformed (the message names the field)
   */
  public static RunRecord fromJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new RunRecordFormatException(
          "run record is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new RunRecordFormatException("run record must be a JSON object");
    }
    JsonNode v = root.get("format_version");
    if (v == null || !v.canConvertToInt()) {
      throw new RunRecordFormatException(
          "run record: field 'format_version' is missing or not an integer");
    }
    int version = v.intValue();
    if (version < 1 || version > FORMAT_VERSION) {
      throw new RunRecordFormatException(
          "unknown format version " + version + ", this reader supports at most " + FORMAT_VERSION);
    }
    try {
      List<StageRecord> stages = new ArrayList<>();
      JsonNode arr = field(root, "stages", "run record");
      if (!arr.isArray()) {
        throw new RunRecordFormatException("run record: field 'stages' must be an array");
      }
      int i = 0;
      for (JsonNode n : arr) {
        String where = "stage " + i++;
        Map<String, String> conf = new LinkedHashMap<>();
        JsonNode c = field(n, "configuration", where);
        Iterator<Map.Entry<String, JsonNode>> it = c.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          conf.put(e.getKey(), e.getValue().asText());
        }
        stages.add(
            new StageRecord(
                text(n, "name", where),
                StageKind.valueOf(text(n, "kind", where)),
                conf,
                fingerprint(n, "input_fingerprint", where),
                fingerprint(n, "output_fingerprint", where),
                fingerprint(n, "state_fingerprint", where),
                number(n, "rows_in", where),
                number(n, "rows_out", where),
                Duration.ofNanos(number(n, "duration_nanos", where))));
      }
      return new RunRecord(
          text(root, "run_id", "run record"),
          Instant.parse(text(root, "started", "run record")),
          Instant.parse(text(root, "finished", "run record")),
          text(root, "code_version", "run record"),
          text(root, "library_version", "run record"),
          stages);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new RunRecordFormatException("run record is malformed: " + e.getMessage(), e);
    }
  }

  private static JsonNode field(JsonNode n, String name, String where) {
    JsonNode f = n.get(name);
    if (f == null || f.isNull()) {
      throw new RunRecordFormatException(where + ": field '" + name + "' is missing");
    }
    return f;
  }

  private static String text(JsonNode n, String name, String where) {
    JsonNode f = field(n, name, where);
    if (!f.isTextual()) {
      throw new RunRecordFormatException(where + ": field '" + name + "' must be a string");
    }
    return f.textValue();
  }

  private static long number(JsonNode n, String name, String where) {
    JsonNode f = field(n, name, where);
    if (!f.canConvertToLong() || !f.isIntegralNumber()) {
      throw new RunRecordFormatException(where + ": field '" + name + "' must be an integer");
    }
    return f.longValue();
  }

  private static @Nullable Fingerprint fingerprint(JsonNode n, String name, String where) {
    JsonNode f = n.get(name);
    if (f == null || f.isNull()) {
      return null;
    }
    if (!f.isTextual()) {
      throw new RunRecordFormatException(where + ": field '" + name + "' must be a string or null");
    }
    return new Fingerprint(f.textValue());
  }
}
