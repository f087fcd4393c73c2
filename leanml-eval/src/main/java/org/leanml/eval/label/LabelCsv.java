package org.leanml.eval.label;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.table.TextColumn;
import org.leanml.core.table.TimestampColumn;

/**
 * Exports rows chosen by a {@link LabellingQueue} to CSV for domain experts and imports their
 * labels back into an evaluation set.
 *
 * <p><b>Format.</b> UTF-8, comma-separated, {@code '\n'} line ends, one header line. A field is
 * enclosed in double quotes when it contains a comma, a double quote, a line break or leading or
 * trailing spaces, with inner quotes doubled (RFC 4180). Columns: {@code row_id} (the row's index
 * in the exported table), {@code strategy}, every column of the table (missing cells empty, numbers
 * as {@link Column#format}), {@code score_<label>} per class of the champion's prediction, {@code
 * candidate_score_<label>} per class when candidate predictions are given, and an empty {@code
 * label} column for the expert. Import needs only the {@code row_id} and {@code label} columns, so
 * experts may reorder or drop the others; rows whose label is empty are skipped.
 */
public final class LabelCsv {
  private LabelCsv() {}

  /**
   * Writes the chosen rows.
   *
   * @param out where to write; not closed
   * @param table the table the rows were chosen from
   * @param selections the chosen rows, in order
   * @param output the predictions' output contract
   * @param champion the champion's predictions, one per table row
   * @param candidate the candidate's predictions, or {@code null}
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a selection is out of range or a table column is named like
   *     an export column
   */
  public static void export(
      Writer out,
      Table table,
      List<Selection> selections,
      OutputContract output,
      List<Prediction> champion,
      List<Prediction> candidate)
      throws IOException {
    List<String> header = new ArrayList<>();
    header.add("row_id");
    header.add("strategy");
    header.addAll(table.columnNames());
    for (String l : output.labels()) {
      header.add("score_" + l);
    }
    if (candidate != null) {
      for (String l : output.labels()) {
        header.add("candidate_score_" + l);
      }
    }
    header.add("label");
    if (new HashSet<>(header).size() != header.size()) {
      throw new IllegalArgumentException("export columns repeat (rename table columns): " + header);
    }
    writeLine(out, header);
    for (Selection s : selections) {
      if (s.row() >= table.rowCount()) {
        throw new IllegalArgumentException(
            "selected row " + s.row() + " is outside the table's " + table.rowCount() + " rows");
      }
      List<String> cells = new ArrayList<>(header.size());
      cells.add(Integer.toString(s.row()));
      cells.add(s.strategy().name());
      for (Column c : table.columns()) {
        cells.add(c.format(s.row()));
      }
      Prediction p = champion.get(s.row());
      for (int i = 0; i < p.classCount(); i++) {
        cells.add(Double.toString(p.probability(i)));
      }
      if (candidate != null) {
        Prediction q = candidate.get(s.row());
        for (int i = 0; i < q.classCount(); i++) {
          cells.add(Double.toString(q.probability(i)));
        }
      }
      cells.add("");
      writeLine(out, cells);
    }
    out.flush();
  }

  private static void writeLine(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String c = cells.get(i);
      if (c == null) {
        continue;
      }
      boolean quote =
          c.indexOf(',') >= 0
              || c.indexOf('"') >= 0
              || c.indexOf('\n') >= 0
              || c.indexOf('\r') >= 0
              || (!c.isEmpty() && (c.charAt(0) == ' ' || c.charAt(c.length() - 1) == ' '));
      out.write(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
    }
    out.write('\n');
  }

  /**
   * Imports the labels of an exported file: the labelled rows of {@code source} are projected on
   * the evaluation set's columns, given their label, and appended to the evaluation set.
   *
   * @param csv the file the experts filled in
   * @param source the table the rows were exported from
   * @param evaluationSet the evaluation set to extend
   * @param labelColumn the evaluation set's label column (categorical, text or numeric)
   * @return the extended evaluation set and its new fingerprint
   * @throws LabelImportException if the file is malformed, a row id is unknown, out of range or
   *     repeated, or a numeric label does not parse (naming file, line and column)
   * @throws IllegalArgumentException if an evaluation column is missing from the source or has
   *     another type
   * @throws IOException if the file cannot be read
   */
  public static LabelledSet importLabels(
      Path csv, Table source, Table evaluationSet, String labelColumn) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    List<List<String>> records = parse(text, csv);
    if (records.isEmpty()) {
      throw new LabelImportException(csv + ": the file is empty (a header line is required)");
    }
    List<String> header = records.get(0);
    int idCol = header.indexOf("row_id");
    int labelCol = header.indexOf("label");
    if (idCol < 0 || labelCol < 0) {
      throw new LabelImportException(
          csv + ": the header needs columns 'row_id' and 'label' but has " + header);
    }
    Column evalLabel = evaluationSet.column(labelColumn);
    List<Integer> ids = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    int unlabelled = 0;
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      int line = r + 1;
      if (rec.size() == 1 && rec.get(0).isEmpty()) {
        continue;
      }
      if (rec.size() != header.size()) {
        throw new LabelImportException(
            csv
                + ", line "
                + line
                + ": "
                + rec.size()
                + " fields but the header has "
                + header.size());
      }
      String label = rec.get(labelCol).strip();
      String rawId = rec.get(idCol).strip();
      int id;
      try {
        id = Integer.parseInt(rawId);
      } catch (NumberFormatException e) {
        throw new LabelImportException(
            csv + ", line " + line + ", column 'row_id': '" + rawId + "' is not a row index");
      }
      if (id < 0 || id >= source.rowCount()) {
        throw new LabelImportException(
            csv
                + ", line "
                + line
                + ", column 'row_id': "
                + id
                + " is outside the source's "
                + source.rowCount()
                + " rows");
      }
      if (!seen.add(id)) {
        throw new LabelImportException(
            csv + ", line " + line + ", column 'row_id': row " + id + " appears twice");
      }
      if (label.isEmpty()) {
        unlabelled++;
        continue;
      }
      if (evalLabel instanceof NumericColumn) {
        try {
          Double.parseDouble(label);
        } catch (NumberFormatException e) {
          throw new LabelImportException(
              csv + ", line " + line + ", column 'label': '" + label + "' is not a number");
        }
      }
      ids.add(id);
      labels.add(label);
    }
    int[] rows = ids.stream().mapToInt(Integer::intValue).toArray();
    Table picked = source.rows(rows);
    List<Column> out = new ArrayList<>();
    for (Column e : evaluationSet.columns()) {
      Column added;
      if (e.name().equals(labelColumn)) {
        added = labelColumnOf(e, labels);
      } else {
        Column s =
            picked
                .findColumn(e.name())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "evaluation column '" + e.name() + "' is not in the source table"));
        if (s.type() != e.type()) {
          throw new IllegalArgumentException(
              "column '"
                  + e.name()
                  + "' is "
                  + s.type()
                  + " in the source but "
                  + e.type()
                  + " in the evaluation set");
        }
        added = s;
      }
      out.add(concat(e, added));
    }
    Table table = Table.of(out);
    return new LabelledSet(table, Fingerprints.of(table), rows.length, unlabelled);
  }

  private static Column labelColumnOf(Column like, List<String> labels) {
    String name = like.name();
    if (like instanceof NumericColumn) {
      double[] v = new double[labels.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = Double.parseDouble(labels.get(i));
      }
      return NumericColumn.adopt(name, v, null);
    }
    if (like instanceof TextColumn) {
      return TextColumn.of(name, labels.toArray(new String[0]));
    }
    if (like instanceof CategoricalColumn) {
      return CategoricalColumn.of(name, labels.toArray(new String[0]));
    }
    throw new IllegalArgumentException(
        "label column '" + name + "' must be categorical, text or numeric but is " + like.type());
  }

  private static Column concat(Column a, Column b) {
    int n = a.size();
    int m = b.size();
    if (a instanceof NumericColumn x && b instanceof NumericColumn y) {
      double[] v = new double[n + m];
      BitSet missing = new BitSet(n + m);
      for (int i = 0; i < n; i++) {
        v[i] = x.get(i);
        missing.set(i, x.isMissing(i));
      }
      for (int i = 0; i < m; i++) {
        v[n + i] = y.get(i);
        missing.set(n + i, y.isMissing(i));
      }
      return NumericColumn.adopt(a.name(), v, missing);
    }
    if (a instanceof TimestampColumn x && b instanceof TimestampColumn y) {
      long[] v = new long[n + m];
      BitSet missing = new BitSet(n + m);
      for (int i = 0; i < n; i++) {
        missing.set(i, x.isMissing(i));
        v[i] = x.isMissing(i) ? 0 : x.getEpochMillis(i);
      }
      for (int i = 0; i < m; i++) {
        missing.set(n + i, y.isMissing(i));
        v[n + i] = y.isMissing(i) ? 0 : y.getEpochMillis(i);
      }
      return TimestampColumn.of(a.name(), v, missing);
    }
    String[] v = new String[n + m];
    for (int i = 0; i < n; i++) {
      v[i] = a.format(i);
    }
    for (int i = 0; i < m; i++) {
      v[n + i] = b.format(i);
    }
    return a instanceof TextColumn ? TextColumn.of(a.name(), v) : CategoricalColumn.of(a.name(), v);
  }

  /** RFC 4180 records; fields may be quoted, with doubled inner quotes and embedded line breaks. */
  static List<List<String>> parse(String text, Path file) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int i = 0;
    int len = text.length();
    if (len > 0 && text.charAt(0) == '\uFEFF') {
      i = 1;
    }
    boolean any = false;
    while (i < len) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        int startLine = line;
        i++;
        while (true) {
          if (i >= len) {
            throw new LabelImportException(
                file + ", line " + startLine + ": a quoted field is not closed");
          }
          char d = text.charAt(i);
          if (d == '"') {
            if (i + 1 < len && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (d == '\n') {
            line++;
          }
          field.append(d);
          i++;
        }
        if (i < len && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw new LabelImportException(
              file + ", line " + line + ": text after the closing quote of a field");
        }
        any = true;
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        any = true;
        i++;
      } else if (c == '\r' || c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        any = false;
        i += (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') ? 2 : 1;
        line++;
      } else {
        field.append(c);
        any = true;
        i++;
      }
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
