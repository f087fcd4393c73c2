package org.leanml.data.feature;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;

/**
 * The stored form of this package's fitted feature extractions: a canonical, versioned JSON
 * document from which the fitted stage is rebuilt with the same {@link
 * FittedFeatures#stateFingerprint()} and bit-identical {@code transform} and {@code transformRow}
 * results. Never Java serialization.
 *
 * <p><b>Document</b> (format {@value #FORMAT}, version {@value #VERSION}): {@code
 * {"format":"leanml-features","version":1,"stage":STAGE}} where {@code STAGE} is an object whose
 * {@code kind} selects its fields, written in this order:
 *
 * <ul>
 *   <li>{@code select}: {@code name}, {@code columns} (strings)
 *   <li>{@code ratio}: {@code name}, {@code numerator}, {@code denominator}, {@code feature},
 *       {@code whenUndefined} (finite number)
 *   <li>{@code log}: {@code name}, {@code function} ({@code LOG1P} or {@code LOG}), {@code column}
 *   <li>{@code one-hot}: {@code name}, {@code column}, {@code unseen} ({@code ALL_ZEROS} or {@code
 *       ERROR}), {@code levels} (the levels seen in training, strictly increasing)
 *   <li>{@code bin}: {@code name}, {@code column}, {@code bins}, {@code fixedEdges} ({@code null}
 *       when fitted as quantiles), {@code edges} (the fitted interior edges: finite, strictly
 *       increasing, at most {@code bins - 1}; equal to {@code fixedEdges} when those are given)
 *   <li>{@code scale}: {@code name}, {@code method} ({@code STANDARD} or {@code MIN_MAX}), {@code
 *       columns}, {@code shift} (finite, one per column), {@code divisor} (finite and positive, one
 *       per column)
 *   <li>{@code set}: {@code name}, {@code parts} (stage objects, at least one; nesting allowed)
 * </ul>
 *
 * <p>Numbers are JSON numbers written by Jackson with Java's shortest round-tripping decimal form
 * and read back with {@link Double#parseDouble} semantics, so every double survives exactly
 * (including {@code -0.0}). Fields appear in a fixed order and there is no insignificant
 * whitespace, so equal fitted stages give byte-identical documents (content addressing relies on
 * it).
 *
 * <p><b>Decoding validates everything</b> before a stage is built: the format and version, every
 * field's presence and type, that no unknown field is present, and each stage's rules. A failure
 * throws {@link FeatureStateFormatException} naming the field by its path (e.g. {@code
 * stage.parts[1].divisor[0]}) and the rule broken.
 */
public final class FittedFeaturesCodec {
  /** The format identifier written into, and required of, every document. */
  public static final String FORMAT = "leanml-features";

  /** The version this codec writes and the only one it reads. */
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> KINDS =
      List.of("select", "ratio", "log", "one-hot", "bin", "scale", "set");

  private FittedFeaturesCodec() {}

  /**
   * Whether a fitted extraction can be stored: it was fitted by one of this package's stages (a
   * feature set only if all its parts can be).
   *
   * @param features a fitted extraction
   * @return {@code true} if {@link #encode} accepts it (given finite state)
   */
  public static boolean supports(FittedFeatures features) {
    if (features instanceof FeatureSet.Fitted set) {
      for (FittedFeatures p : set.parts()) {
        if (!supports(p)) {
          return false;
        }
      }
      return true;
    }
    return features instanceof Select.Fitted
        || features instanceof Ratio.Fitted
        || features instanceof Log.Fitted
        || features instanceof OneHot.Fitted
        || features instanceof Bin.Fitted
        || features instanceof Scale.Fitted;
  }

  /**
   * Writes the canonical UTF-8 JSON document of a fitted extraction.
   *
   * @param features a fitted extraction of this package
   * @return the document's bytes
   * @throws IllegalArgumentException if the extraction (or a part of it) is not of this package, or
   *     its learned state is not finite (a scale fitted on values whose sum overflowed); the
   *     message names the stage
   */
  public static byte[] encode(FittedFeatures features) {
    try {
      return MAPPER.writeValueAsBytes(toNode(features));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /**
   * The document of a fitted extraction as a JSON tree, for embedding in other documents.
   *
   * @param features a fitted extraction of this package
   * @return a new object node {@code {"format":...,"version":...,"stage":...}}
   * @throws IllegalArgumentException as {@link #encode}
   */
  public static ObjectNode toNode(FittedFeatures features) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.set("stage", stageNode(features));
    return root;
  }

  /**
   * Rebuilds a fitted extraction from a document written by {@link #encode}.
   *
   * @param json UTF-8 JSON bytes
   * @return the fitted extraction, with the original's state fingerprint
   * @throws FeatureStateFormatException if the document is malformed, of another format or version,
   *     has an unknown stage kind, a missing, mistyped or unknown field, or breaks a rule of its
   *     stage; the message names the field and the rule
   */
  public static FittedFeatures decode(byte[] json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      String why =
          e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
      throw fail("the document is not valid JSON: " + why, e);
    }
    if (root == null || root.isMissingNode()) {
      throw fail("the document is empty");
    }
    return fromNode(root);
  }

  /**
   * Rebuilds a fitted extraction from a tree written by {@link #toNode}.
   *
   * @param root the document tree
   * @return the fitted extraction, with the original's state fingerprint
   * @throws FeatureStateFormatException as {@link #decode}
   */
  public static FittedFeatures fromNode(JsonNode root) {
    Reader r = new Reader(root, "");
    r.only("format", "version", "stage");
    String format = r.text("format");
    if (!FORMAT.equals(format)) {
      throw fail("format must be '" + FORMAT + "' but was '" + format + "'");
    }
    JsonNode v = r.field("version");
    if (!v.isInt() || v.intValue() != VERSION) {
      throw fail("version: unknown version " + v + ", this codec reads version " + VERSION);
    }
    return r.stage("stage").fitted;
  }

  // ---- writing

  private static ObjectNode stageNode(FittedFeatures f) {
    ObjectNode n = NODES.objectNode();
    if (f instanceof Select.Fitted fitted) {
      Select s = fitted.stage;
      n.put("kind", "select");
      n.put("name", s.name());
      strings(n.putArray("columns"), s.columns());
    } else if (f instanceof Ratio.Fitted fitted) {
      Ratio s = fitted.stage;
      n.put("kind", "ratio");
      n.put("name", s.name());
      n.put("numerator", s.numerator());
      n.put("denominator", s.denominator());
      n.put("feature", s.feature());
      n.put("whenUndefined", s.fallback());
    } else if (f instanceof Log.Fitted fitted) {
      Log s = fitted.stage;
      n.put("kind", "log");
      n.put("name", s.name());
      n.put("function", s.kind().name());
      n.put("column", s.column());
    } else if (f instanceof OneHot.Fitted o) {
      n.put("kind", "one-hot");
      n.put("name", o.stage.name());
      n.put("column", o.stage.column());
      n.put("unseen", o.stage.unseen().name());
      strings(n.putArray("levels"), o.levels);
    } else if (f instanceof Bin.Fitted b) {
      n.put("kind", "bin");
      n.put("name", b.stage.name());
      n.put("column", b.stage.column());
      n.put("bins", b.stage.bins());
      double[] fixedEdges = b.stage.fixedEdges();
      if (fixedEdges == null) {
        n.putNull("fixedEdges");
      } else {
        finite(n.putArray("fixedEdges"), fixedEdges, f, "fixedEdges");
      }
      finite(n.putArray("edges"), b.edges, f, "edges");
    } else if (f instanceof Scale.Fitted s) {
      n.put("kind", "scale");
      n.put("name", s.stage.name());
      n.put("method", s.stage.method().name());
      strings(n.putArray("columns"), s.stage.columns());
      finite(n.putArray("shift"), s.shift, f, "shift");
      finite(n.putArray("divisor"), s.divisor, f, "divisor");
    } else if (f instanceof FeatureSet.Fitted s) {
      n.put("kind", "set");
      n.put("name", s.name());
      ArrayNode parts = n.putArray("parts");
      for (FittedFeatures p : s.parts()) {
        parts.add(stageNode(p));
      }
    } else {
      throw new IllegalArgumentException(
          "the fitted extraction '"
              + f.name()
              + "' ("
              + f.getClass().getName()
              + ") cannot be stored: "
              + FORMAT
              + " stores the fitted stages of org.leanml.data.feature only");
    }
    return n;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static void finite(ArrayNode a, double[] values, FittedFeatures f, String field) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "the fitted extraction '"
                + f.name()
                + "' cannot be stored: "
                + field
                + "["
                + i
                + "] is "
                + values[i]
                + " (only finite state can be stored)");
      }
      a.add(values[i]);
    }
  }

  // ---- reading

  private static FeatureStateFormatException fail(String message) {
    return new FeatureStateFormatException(FORMAT + ": " + message);
  }

  private static FeatureStateFormatException fail(String message, Throwable cause) {
    return new FeatureStateFormatException(FORMAT + ": " + message, cause);
  }

  /** An unfitted stage and its fitted form, rebuilt together. */
  private static final class Decoded {
    final FeatureExtraction stage;
    final FittedFeatures fitted;

    Decoded(FeatureExtraction stage, FittedFeatures fitted) {
      this.stage = stage;
      this.fitted = fitted;
    }
  }

  /** Reads the fields of one JSON object, naming each by its path. */
  private static final class Reader {
    private final JsonNode node;
    private final String path;

    Reader(JsonNode node, String path) {
      if (node == null || !node.isObject()) {
        throw fail((path.isEmpty() ? "the document" : path) + " must be a JSON object");
      }
      this.node = node;
      this.path = path;
    }

    String at(String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    void only(String... fields) {
      Set<String> allowed = Set.of(fields);
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String f = names.next();
        if (!allowed.contains(f)) {
          throw fail(at(f) + " is not a field here (expected " + Arrays.toString(fields) + ")");
        }
      }
    }

    JsonNode field(String name) {
      JsonNode v = node.get(name);
      if (v == null) {
        throw fail(at(name) + " is missing");
      }
      return v;
    }

    String text(String name) {
      JsonNode v = field(name);
      if (!v.isTextual()) {
        throw fail(at(name) + " must be a string but was " + v);
      }
      return v.textValue();
    }

    String name(String field) {
      String v = text(field);
      if (v.isBlank()) {
        throw fail(at(field) + " must not be blank");
      }
      return v;
    }

    <E extends Enum<E>> E constant(String field, Class<E> type) {
      String v = text(field);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(v)) {
          return e;
        }
      }
      throw fail(
          at(field)
              + " must be one of "
              + Arrays.toString(type.getEnumConstants())
              + " but was '"
              + v
              + "'");
    }

    int integer(String field) {
      JsonNode v = field(field);
      if (!v.isInt()) {
        throw fail(at(field) + " must be an integer but was " + v);
      }
      return v.intValue();
    }

    double number(String field) {
      JsonNode v = field(field);
      if (!v.isNumber()) {
        throw fail(at(field) + " must be a number but was " + v);
      }
      double d = v.doubleValue();
      if (!Double.isFinite(d)) {
        throw fail(at(field) + " must be finite but was " + d);
      }
      return d;
    }

    JsonNode array(String field) {
      JsonNode v = field(field);
      if (!v.isArray()) {
        throw fail(at(field) + " must be an array but was " + v);
      }
      return v;
    }

    /** Non-blank, distinct strings; at least one. */
    List<String> names(String field) {
      JsonNode a = array(field);
      if (a.isEmpty()) {
        throw fail(at(field) + " must not be empty");
      }
      List<String> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        JsonNode e = a.get(i);
        String where = at(field) + "[" + i + "]";
        if (!e.isTextual() || e.textValue().isBlank()) {
          throw fail(where + " must be a non-blank string but was " + e);
        }
        if (out.contains(e.textValue())) {
          throw fail(where + " repeats '" + e.textValue() + "'");
        }
        out.add(e.textValue());
      }
      return out;
    }

    /** Finite numbers. */
    double[] doubles(String field) {
      JsonNode a = array(field);
      double[] out = new double[a.size()];
      for (int i = 0; i < out.length; i++) {
        JsonNode e = a.get(i);
        String where = at(field) + "[" + i + "]";
        if (!e.isNumber()) {
          throw fail(where + " must be a number but was " + e);
        }
        out[i] = e.doubleValue();
        if (!Double.isFinite(out[i])) {
          throw fail(where + " must be finite but was " + out[i]);
        }
      }
      return out;
    }

    /** Finite, strictly increasing, at least one. */
    double[] increasing(String field) {
      double[] v = doubles(field);
      if (v.length == 0) {
        throw fail(at(field) + " must not be empty");
      }
      for (int i = 1; i < v.length; i++) {
        if (!(v[i] > v[i - 1])) {
          throw fail(
              at(field)
                  + " must be strictly increasing but "
                  + at(field)
                  + "["
                  + i
                  + "] = "
                  + v[i]
                  + " follows "
                  + v[i - 1]);
        }
      }
      return v;
    }

    Decoded stage(String field) {
      Reader s = new Reader(field(field), at(field));
      return s.stage();
    }

    Decoded stage() {
      String kind = text("kind");
      return switch (kind) {
        case "select" -> select();
        case "ratio" -> ratio();
        case "log" -> log();
        case "one-hot" -> oneHot();
        case "bin" -> bin();
        case "scale" -> scale();
        case "set" -> set();
        default -> throw fail(at("kind") + " must be one of " + KINDS + " but was '" + kind + "'");
      };
    }

    private Decoded select() {
      only("kind", "name", "columns");
      Select s = Select.of(names("columns")).named(name("name"));
      return new Decoded(s, new Select.Fitted(s));
    }

    private Decoded ratio() {
      only("kind", "name", "numerator", "denominator", "feature", "whenUndefined");
      String num = name("numerator");
      String den = name("denominator");
      if (num.equals(den)) {
        throw fail(at("denominator") + " must differ from " + at("numerator") + " '" + num + "'");
      }
      Ratio s = Ratio.restore(num, den, name("feature"), number("whenUndefined"), name("name"));
      return new Decoded(s, new Ratio.Fitted(s));
    }

    private Decoded log() {
      only("kind", "name", "function", "column");
      Log s = Log.restore(constant("function", Log.Kind.class), name("column"), name("name"));
      return new Decoded(s, new Log.Fitted(s));
    }

    private Decoded oneHot() {
      only("kind", "name", "column", "unseen", "levels");
      OneHot s =
          OneHot.restore(name("column"), constant("unseen", OneHot.Unseen.class), name("name"));
      JsonNode a = array("levels");
      if (a.isEmpty()) {
        throw fail(at("levels") + " must not be empty");
      }
      List<String> levels = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        JsonNode e = a.get(i);
        if (!e.isTextual()) {
          throw fail(at("levels") + "[" + i + "] must be a string but was " + e);
        }
        if (i > 0 && e.textValue().compareTo(levels.get(i - 1)) <= 0) {
          throw fail(
              at("levels")
                  + " must be strictly increasing but "
                  + at("levels")
                  + "["
                  + i
                  + "] = '"
                  + e.textValue()
                  + "' follows '"
                  + levels.get(i - 1)
                  + "'");
        }
        levels.add(e.textValue());
      }
      return new Decoded(s, new OneHot.Fitted(s, List.copyOf(levels)));
    }

    private Decoded bin() {
      only("kind", "name", "column", "bins", "fixedEdges", "edges");
      int bins = integer("bins");
      if (bins < 2) {
        throw fail(at("bins") + " must be >= 2 but was " + bins);
      }
      double @Nullable [] fixed = field("fixedEdges").isNull() ? null : increasing("fixedEdges");
      if (fixed != null && fixed.length != bins - 1) {
        throw fail(
            at("fixedEdges")
                + " has "
                + fixed.length
                + " entries but "
                + at("bins")
                + " = "
                + bins
                + " needs "
                + (bins - 1));
      }
      double[] edges = increasing("edges");
      if (fixed != null && !Arrays.equals(fixed, edges)) {
        throw fail(at("edges") + " must equal " + at("fixedEdges") + " when those are given");
      }
      if (edges.length > bins - 1) {
        throw fail(
            at("edges")
                + " has "
                + edges.length
                + " entries but "
                + at("bins")
                + " = "
                + bins
                + " allows at most "
                + (bins - 1));
      }
      Bin s = Bin.restore(name("column"), fixed, bins, name("name"));
      return new Decoded(s, new Bin.Fitted(s, edges));
    }

    private Decoded scale() {
      only("kind", "name", "method", "columns", "shift", "divisor");
      Scale.Method method = constant("method", Scale.Method.class);
      List<String> columns = names("columns");
      double[] shift = doubles("shift");
      double[] divisor = doubles("divisor");
      for (String f : List.of("shift", "divisor")) {
        int length = f.equals("shift") ? shift.length : divisor.length;
        if (length != columns.size()) {
          throw fail(
              at(f)
                  + " has "
                  + length
                  + " entries but "
                  + at("columns")
                  + " has "
                  + columns.size());
        }
      }
      for (int i = 0; i < divisor.length; i++) {
        if (!(divisor[i] > 0)) {
          throw fail(at("divisor") + "[" + i + "] must be > 0 but was " + divisor[i]);
        }
      }
      Scale s = Scale.restore(method, columns, name("name"));
      return new Decoded(s, new Scale.Fitted(s, shift, divisor));
    }

    private Decoded set() {
      only("kind", "name", "parts");
      String name = name("name");
      JsonNode a = array("parts");
      if (a.isEmpty()) {
        throw fail(at("parts") + " must not be empty");
      }
      List<FeatureExtraction> stages = new ArrayList<>(a.size());
      List<FittedFeatures> fitted = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        Decoded d = new Reader(a.get(i), at("parts") + "[" + i + "]").stage();
        stages.add(d.stage);
        fitted.add(d.fitted);
      }
      try {
        FeatureSet s = FeatureSet.restore(name, stages);
        return new Decoded(s, s.assemble(fitted));
      } catch (IllegalArgumentException e) {
        throw fail(at("parts") + ": " + e.getMessage(), e);
      }
    }
  }
}
