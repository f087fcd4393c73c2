package org.leanml.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.leanml.core.fingerprint.Fingerprint;

/**
 * The JSON forms of manifests and event-log lines (see {@code docs/registry-format.md}). Written
 * through Jackson's tree model so that the stored format is spelled out here, field by field, and
 * never changes because a record gained a component. Parsing is strict: a missing or ill-typed
 * field is an {@link IllegalArgumentException} naming it.
 */
final class RegistryJson {
  /** The format of {@code registry.json} and of event-log lines this code writes and reads. */
  static final int FORMAT_VERSION = 1;

  /**
   * The highest manifest format this code reads and writes. Version 2 added {@code attachments}; a
   * manifest without attachments is still written as version 1, byte for byte as before, so that
   * older readers keep reading every version that does not use the new field.
   */
  static final int MANIFEST_FORMAT_VERSION = 2;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RegistryJson() {}

  /** Thrown for a well-formed file of a newer format version. */
  static final class NewerFormat extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int found;

    NewerFormat(int found) {
      super("format version " + found, null, false, false);
      this.found = found;
    }
  }

  static byte[] manifest(ModelVersion v) {
    return write(PRETTY, manifestTree(v));
  }

  /** The manifest as one compact line with its terminating newline, for the index. */
  static byte[] manifestLine(ModelVersion v) {
    byte[] json = write(MAPPER, manifestTree(v));
    byte[] line = new byte[json.length + 1];
    System.arraycopy(json, 0, line, 0, json.length);
    line[json.length] = '\n';
    return line;
  }

  private static ObjectNode manifestTree(ModelVersion v) {
    ObjectNode o = NODES.objectNode();
    o.put("format_version", v.attachments().isEmpty() ? 1 : MANIFEST_FORMAT_VERSION);
    o.put("name", v.name());
    o.put("version", v.version());
    if (v.parent().isPresent()) {
      o.put("parent", v.parent().getAsInt());
    } else {
      o.putNull("parent");
    }
    o.put("created", v.created().toString());
    ObjectNode art = o.putObject("artifact");
    art.put("format", v.artifact().format());
    ArrayNode parts = art.putArray("parts");
    for (ArtifactPart p : v.artifact().parts()) {
      ObjectNode po = parts.addObject();
      po.put("name", p.name());
      po.put("sha256", p.sha256().hex());
      po.put("size", p.size());
    }
    ArrayNode members = o.putArray("members");
    for (ModelRef m : v.members()) {
      members.addObject().put("name", m.name()).put("version", m.version());
    }
    putFingerprint(o, "training_data", v.trainingData());
    putFingerprint(o, "evaluation_data", v.evaluationData());
    if (v.runRecord().isPresent()) {
      o.set("run_record", parse(v.runRecord().get()));
    } else {
      o.putNull("run_record");
    }
    ObjectNode metrics = o.putObject("metrics");
    v.metrics().forEach(metrics::put);
    ObjectNode tags = o.putObject("tags");
    v.tags().forEach(tags::put);
    if (!v.attachments().isEmpty()) {
      ArrayNode attachments = o.putArray("attachments");
      for (Attachment a : v.attachments()) {
        ObjectNode ao = attachments.addObject();
        ao.put("name", a.name());
        ao.put("media_type", a.mediaType());
        ao.put("sha256", a.sha256().hex());
        ao.put("size", a.size());
      }
    }
    return o;
  }

  static ModelVersion parseManifest(byte[] bytes) {
    JsonNode o = readTree(bytes);
    int format = checkFormat(o, MANIFEST_FORMAT_VERSION);
    String name = text(o, "name");
    int version = integer(o, "version");
    JsonNode parentNode = field(o, "parent");
    OptionalInt parent =
        parentNode.isNull() ? OptionalInt.empty() : OptionalInt.of(integer(o, "parent"));
    Instant created = instant(o, "created");
    JsonNode art = object(o, "artifact");
    List<ArtifactPart> parts = new ArrayList<>();
    for (JsonNode p : array(art, "parts")) {
      parts.add(
          new ArtifactPart(
              text(p, "name"), new Fingerprint(text(p, "sha256")), longValue(p, "size")));
    }
    Artifact artifact = new Artifact(text(art, "format"), parts);
    List<ModelRef> members = new ArrayList<>();
    for (JsonNode m : array(o, "members")) {
      members.add(new ModelRef(text(m, "name"), integer(m, "version")));
    }
    JsonNode run = field(o, "run_record");
    Optional<String> runRecord = run.isNull() ? Optional.empty() : Optional.of(compact(run));
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object(o, "metrics").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        throw new IllegalArgumentException("metric '" + e.getKey() + "' is not a number");
      }
      metrics.put(e.getKey(), e.getValue().doubleValue());
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object(o, "tags").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isTextual()) {
        throw new IllegalArgumentException("tag '" + e.getKey() + "' is not a string");
      }
      tags.put(e.getKey(), e.getValue().textValue());
    }
    List<Attachment> attachments = new ArrayList<>();
    if (format >= 2) {
      for (JsonNode a : array(o, "attachments")) {
        attachments.add(
            new Attachment(
                text(a, "name"),
                text(a, "media_type"),
                new Fingerprint(text(a, "sha256")),
                longValue(a, "size")));
      }
    } else if (o.has("attachments")) {
      throw new IllegalArgumentException(
          "field 'attachments' needs format_version 2 but the manifest has format_version 1");
    }
    return new ModelVersion(
        name,
        version,
        parent,
        created,
        artifact,
        members,
        optionalFingerprint(o, "training_data"),
        optionalFingerprint(o, "evaluation_data"),
        runRecord,
        metrics,
        tags,
        attachments,
        VersionStatus.REGISTERED);
  }

  /** One event as a single line of JSON, with its terminating newline. */
  static byte[] eventLine(RegistryEvent e) {
    ObjectNode o = NODES.objectNode();
    o.put("format_version", FORMAT_VERSION);
    o.put("name", e.name());
    o.put("time", e.time().toString());
    if (e instanceof AliasMove m) {
      o.put("kind", "alias");
      o.put("alias", m.alias());
      if (m.from().isPresent()) {
        o.put("from", m.from().getAsInt());
      } else {
        o.putNull("from");
      }
      o.put("to", m.to());
      o.put("action", m.action().name());
    } else if (e instanceof StatusChange s) {
      o.put("kind", "status");
      o.put("version", s.version());
      o.put("from", s.from().name());
      o.put("to", s.to().name());
    } else {
      throw new IllegalStateException("unknown event " + e.getClass());
    }
    o.put("reason", e.reason());
    byte[] json = write(MAPPER, o);
    byte[] line = new byte[json.length + 1];
    System.arraycopy(json, 0, line, 0, json.length);
    line[json.length] = '\n';
    return line;
  }

  static RegistryEvent parseEvent(String line) {
    JsonNode o = readTree(line.getBytes(StandardCharsets.UTF_8));
    checkFormat(o);
    String kind = text(o, "kind");
    String name = text(o, "name");
    Instant time = instant(o, "time");
    String reason = text(o, "reason");
    if (kind.equals("alias")) {
      JsonNode from = field(o, "from");
      return new AliasMove(
          name,
          text(o, "alias"),
          from.isNull() ? OptionalInt.empty() : OptionalInt.of(integer(o, "from")),
          integer(o, "to"),
          time,
          reason,
          action(o, "action"));
    }
    if (kind.equals("status")) {
      return new StatusChange(
          name, integer(o, "version"), status(o, "from"), status(o, "to"), time, reason);
    }
    throw new IllegalArgumentException("field 'kind' must be 'alias' or 'status' but was " + kind);
  }

  static byte[] registryDescriptor() {
    ObjectNode o = NODES.objectNode();
    o.put("format_version", FORMAT_VERSION);
    o.put("layout", "leanml-registry");
    return write(PRETTY, o);
  }

  static void parseRegistryDescriptor(byte[] bytes) {
    JsonNode o = readTree(bytes);
    checkFormat(o);
    if (!"leanml-registry".equals(text(o, "layout"))) {
      throw new IllegalArgumentException("field 'layout' must be 'leanml-registry'");
    }
  }

  /** Parses JSON text that must be an object, for run records. */
  static JsonNode parse(String json) {
    JsonNode n = readTree(json.getBytes(StandardCharsets.UTF_8));
    if (!n.isObject()) {
      throw new IllegalArgumentException(
          "run record must be a JSON object but was " + n.getNodeType());
    }
    return n;
  }

  static String compact(JsonNode n) {
    return new String(write(MAPPER, n), StandardCharsets.UTF_8);
  }

  private static void checkFormat(JsonNode o) {
    checkFormat(o, FORMAT_VERSION);
  }

  /** Checks and returns the format version: from 1 to {@code highest}. */
  private static int checkFormat(JsonNode o, int highest) {
    int v = integer(o, "format_version");
    if (v > highest) {
      throw new NewerFormat(v);
    }
    if (v < 1) {
      throw new IllegalArgumentException("field 'format_version' must be >= 1 but was " + v);
    }
    return v;
  }

  private static JsonNode readTree(byte[] bytes) {
    try {
      JsonNode n = MAPPER.readTree(bytes);
      if (n == null || n.isMissingNode()) {
        throw new IllegalArgumentException("empty JSON");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("unreadable JSON: " + e.getMessage(), e);
    }
  }

  private static byte[] write(ObjectMapper mapper, JsonNode n) {
    try {
      return mapper.writeValueAsBytes(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static JsonNode field(JsonNode o, String field) {
    if (!o.isObject()) {
      throw new IllegalArgumentException("expected a JSON object holding '" + field + "'");
    }
    JsonNode n = o.get(field);
    if (n == null) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return n;
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = field(o, field);
    if (!n.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return n.textValue();
  }

  private static int integer(JsonNode o, String field) {
    JsonNode n = field(o, field);
    if (!n.isInt()) {
      throw new IllegalArgumentException("field '" + field + "' must be an integer");
    }
    return n.intValue();
  }

  private static long longValue(JsonNode o, String field) {
    JsonNode n = field(o, field);
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw new IllegalArgumentException("field '" + field + "' must be an integer");
    }
    return n.longValue();
  }

  private static JsonNode object(JsonNode o, String field) {
    JsonNode n = field(o, field);
    if (!n.isObject()) {
      throw new IllegalArgumentException("field '" + field + "' must be an object");
    }
    return n;
  }

  private static JsonNode array(JsonNode o, String field) {
    JsonNode n = field(o, field);
    if (!n.isArray()) {
      throw new IllegalArgumentException("field '" + field + "' must be an array");
    }
    return n;
  }

  private static Instant instant(JsonNode o, String field) {
    String s = text(o, field);
    Instant fast = parseUtcInstant(s);
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("field '" + field + "' is not an ISO-8601 instant: " + s);
    }
  }

  /**
   * Parses what {@link Instant#toString()} writes for years 0000-9999 ({@code
   * 2026-11-22T08:00:00Z}, optionally with 1-9 fraction digits) several times faster than {@link
   * Instant#parse}, which dominated reading 10,000 manifests. Anything else returns {@code null}
   * and goes to {@link Instant#parse}.
   */
  static @Nullable Instant parseUtcInstant(String s) {
    int n = s.length();
    if (n < 20
        || n > 30
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    int nanos = 0;
    if (n > 20) {
      if (s.charAt(19) != '.' || n == 21) {
        return null;
      }
      int fraction = digits(s, 20, n - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = n - 1 - 20; i < 9; i++) {
        nanos *= 10;
      }
    } else if (s.charAt(19) != 'Z') {
      return null;
    }
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    try {
      long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(
          epochDay * 86_400L + hour * 3600L + minute * 60L + second, nanos);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The decimal value of {@code s[from, to)}, or -1 if a character is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static AliasMove.Action action(JsonNode o, String field) {
    String s = text(o, field);
    try {
      return AliasMove.Action.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field '" + field + "' is not an alias action: " + s);
    }
  }

  private static VersionStatus status(JsonNode o, String field) {
    String s = text(o, field);
    try {
      return VersionStatus.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field '" + field + "' is not a status: " + s);
    }
  }

  private static void putFingerprint(ObjectNode o, String field, Optional<Fingerprint> f) {
    if (f.isPresent()) {
      o.put(field, f.get().hex());
    } else {
      o.putNull(field);
    }
  }

  private static Optional<Fingerprint> optionalFingerprint(JsonNode o, String field) {
    JsonNode n = field(o, field);
    return n.isNull() ? Optional.empty() : Optional.of(new Fingerprint(text(o, field)));
  }
}
