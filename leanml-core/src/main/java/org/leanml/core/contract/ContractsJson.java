package org.leanml.core.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.leanml.core.table.ColumnType;

/**
 * JSON form of {@link InputContract}, {@link OutputContract} and {@link Contracts}, for codecs, the
 * registry and ensembles.
 *
 * <p>The output is canonical: fields in a fixed order, no insignificant whitespace, so equal
 * contracts give byte-identical JSON (content addressing relies on it). JSON has no infinities, so
 * a bound is written as a number when finite and as the string {@code "Infinity"} or {@code
 * "-Infinity"} otherwise. Every document carries {@code "version": 1}; reading rejects other
 * versions. Readers accept the nodes written here only and report the offending field.
 */
public final class ContractsJson {
  /** The version written into, and required of, every document. */
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ContractsJson() {}

  /**
   * Writes both contracts as one UTF-8 JSON document {@code
   * {"version":1,"input":...,"output":...}}.
   *
   * @param contracts the contracts
   * @return the canonical UTF-8 bytes
   */
  public static byte[] toJson(Contracts contracts) {
    ObjectNode root = NODES.objectNode();
    root.put("version", VERSION);
    root.set("input", toNode(contracts.input()));
    root.set("output", toNode(contracts.output()));
    return write(root);
  }

  /**
   * Reads a document written by {@link #toJson(Contracts)}.
   *
   * @param json UTF-8 JSON bytes
   * @return the contracts
   * @throws ContractFormatException if the JSON is malformed, of another version, or a contract
   *     breaks a rule
   */
  public static Contracts fromJson(byte[] json) {
    JsonNode root = parse(json);
    requireVersion(root, "contracts");
    return new Contracts(
        inputFromNode(field(root, "input", "contracts")),
        outputFromNode(field(root, "output", "contracts")));
  }

  /**
   * Writes an input contract as a JSON string.
   *
   * @param contract the contract
   * @return canonical JSON
   */
  public static String toJson(InputContract contract) {
    return new String(write(toNode(contract)), StandardCharsets.UTF_8);
  }

  /**
   * Writes an output contract as a JSON string.
   *
   * @param contract the contract
   * @return canonical JSON
   */
  public static String toJson(OutputContract contract) {
    return new String(write(toNode(contract)), StandardCharsets.UTF_8);
  }

  /**
   * Reads an input contract written by {@link #toJson(InputContract)}.
   *
   * @param json the JSON text
   * @return the contract
   * @throws ContractFormatException if the JSON is malformed or the contract breaks a rule
   */
  public static InputContract inputFromJson(String json) {
    return inputFromNode(parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads an output contract written by {@link #toJson(OutputContract)}.
   *
   * @param json the JSON text
   * @return the contract
   * @throws ContractFormatException if the JSON is malformed or the contract breaks a rule
   */
  public static OutputContract outputFromJson(String json) {
    return outputFromNode(parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The JSON tree of an input contract, for embedding in other documents.
   *
   * @param contract the contract
   * @return a new object node
   */
  public static ObjectNode toNode(InputContract contract) {
    ObjectNode root = NODES.objectNode();
    root.put("version", VERSION);
    ArrayNode fs = root.putArray("features");
    for (FeatureSpec f : contract.features()) {
      ObjectNode n = fs.addObject();
      n.put("name", f.name());
      n.put("type", f.type().name());
      n.put("nullable", f.nullable());
      n.put("allowNonFinite", f.allowNonFinite());
      putBound(n, "min", f.min());
      putBound(n, "max", f.max());
      ArrayNode cats = n.putArray("categories");
      f.categories().forEach(cats::add);
    }
    return root;
  }

  /**
   * The JSON tree of an output contract, for embedding in other documents.
   *
   * @param contract the contract
   * @return a new object node
   */
  public static ObjectNode toNode(OutputContract contract) {
    ObjectNode root = NODES.objectNode();
    root.put("version", VERSION);
    root.put("task", contract.task().name());
    root.put("labelColumn", contract.labelColumn());
    ArrayNode ls = root.putArray("labels");
    contract.labels().forEach(ls::add);
    if (contract.positiveLabel() == null) {
      root.putNull("positiveLabel");
    } else {
      root.put("positiveLabel", contract.positiveLabel());
    }
    return root;
  }

  /**
   * Reads an input contract from a tree written by {@link #toNode(InputContract)}.
   *
   * @param node the tree
   * @return the contract
   * @throws ContractFormatException if a field is missing or of the wrong kind, the version is
   *     unknown, or the contract breaks a rule
   */
  public static InputContract inputFromNode(JsonNode node) {
    requireVersion(node, "input contract");
    JsonNode fs = field(node, "features", "input contract");
    if (!fs.isArray()) {
      throw new ContractFormatException("input contract: 'features' must be an array");
    }
    List<FeatureSpec> out = new ArrayList<>(fs.size());
    try {
      for (int i = 0; i < fs.size(); i++) {
        JsonNode f = fs.get(i);
        String where = "input contract feature " + i;
        out.add(
            new FeatureSpec(
                text(f, "name", where),
                ColumnType.valueOf(text(f, "type", where)),
                bool(f, "nullable", where),
                bool(f, "allowNonFinite", where),
                bound(f, "min", where),
                bound(f, "max", where),
                strings(f, "categories", where)));
      }
      return new InputContract(out);
    } catch (IllegalArgumentException e) {
      throw new ContractFormatException("input contract: " + e.getMessage(), e);
    }
  }

  /**
   * Reads an output contract from a tree written by {@link #toNode(OutputContract)}.
   *
   * @param node the tree
   * @return the contract
   * @throws ContractFormatException if a field is missing or of the wrong kind, the version is
   *     unknown, or the contract breaks a rule
   */
  public static OutputContract outputFromNode(JsonNode node) {
    String where = "output contract";
    requireVersion(node, where);
    JsonNode pos = field(node, "positiveLabel", where);
    try {
      return new OutputContract(
          Task.valueOf(text(node, "task", where)),
          text(node, "labelColumn", where),
          strings(node, "labels", where),
          pos.isNull() ? null : pos.asText());
    } catch (IllegalArgumentException e) {
      throw new ContractFormatException(where + ": " + e.getMessage(), e);
    }
  }

  private static void putBound(ObjectNode n, String name, double v) {
    if (Double.isFinite(v)) {
      n.put(name, v);
    } else {
      n.put(name, v > 0 ? "Infinity" : "-Infinity");
    }
  }

  private static double bound(JsonNode n, String name, String where) {
    JsonNode v = field(n, name, where);
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isTextual()) {
      switch (v.asText()) {
        case "Infinity" -> {
          return Double.POSITIVE_INFINITY;
        }
        case "-Infinity" -> {
          return Double.NEGATIVE_INFINITY;
        }
        default -> {}
      }
    }
    throw new ContractFormatException(
        where + ": '" + name + "' must be a number, \"Infinity\" or \"-Infinity\" but was " + v);
  }

  private static String text(JsonNode n, String name, String where) {
    JsonNode v = field(n, name, where);
    if (!v.isTextual()) {
      throw new ContractFormatException(where + ": '" + name + "' must be a string but was " + v);
    }
    return v.asText();
  }

  private static boolean bool(JsonNode n, String name, String where) {
    JsonNode v = field(n, name, where);
    if (!v.isBoolean()) {
      throw new ContractFormatException(where + ": '" + name + "' must be a boolean but was " + v);
    }
    return v.booleanValue();
  }

  private static List<String> strings(JsonNode n, String name, String where) {
    JsonNode v = field(n, name, where);
    if (!v.isArray()) {
      throw new ContractFormatException(where + ": '" + name + "' must be an array but was " + v);
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw new ContractFormatException(
            where + ": '" + name + "' must hold strings but holds " + e);
      }
      out.add(e.asText());
    }
    return out;
  }

  private static JsonNode field(@Nullable JsonNode n, String name, String where) {
    if (n == null || !n.isObject()) {
      throw new ContractFormatException(where + ": expected a JSON object");
    }
    JsonNode v = n.get(name);
    if (v == null) {
      throw new ContractFormatException(where + ": field '" + name + "' is missing");
    }
    return v;
  }

  private static void requireVersion(JsonNode n, String where) {
    JsonNode v = field(n, "version", where);
    if (!v.isInt() || v.intValue() != VERSION) {
      throw new ContractFormatException(
          where + ": unknown version " + v + ", this reader supports version " + VERSION);
    }
  }

  private static JsonNode parse(byte[] json) {
    try {
      JsonNode n = MAPPER.readTree(json);
      if (n == null) {
        throw new ContractFormatException("contract JSON is empty");
      }
      return n;
    } catch (IOException e) {
      throw new ContractFormatException("contract JSON is malformed: " + e.getMessage(), e);
    }
  }

  private static byte[] write(JsonNode n) {
    try {
      return MAPPER.writeValueAsBytes(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
