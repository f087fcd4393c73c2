package org.leanml.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.table.Table;
import org.leanml.data.csv.CsvOptions;
import org.leanml.data.csv.CsvReader;
import org.leanml.datasets.BundledDataset;

/**
 * The bundled UCI Spambase data: 4,601 e-mails, 57 numeric features, label {@code type} ({@code
 * spam} or {@code nonspam}).
 *
 * <p>Hopkins, Reeber, Forman, Suermondt (1999), UCI Machine Learning Repository,
 * doi:10.24432/C53G6X, licence CC BY 4.0. Column names as in R's kernlab {@code spam} data set. The
 * file itself ships in {@code leanml-datasets} as {@link BundledDataset#SPAMBASE}; this class adds
 * the feature groups and the output contract.
 */
public final class Spambase {
  /** The label column. */
  public static final String LABEL = "type";

  /**
   * The resource holding the gzipped CSV, now in the {@code leanml-datasets} jar.
   *
   * @deprecated the data moved to {@code leanml-datasets}; use {@link BundledDataset#SPAMBASE}'s
   *     {@link BundledDataset#resource() resource()} or {@link BundledDataset#open() open()}.
   */
  @Deprecated(since = "0.1.0")
  public static final String RESOURCE = "/org/leanml/datasets/spambase.csv.gz";

  /** The 48 word-frequency features, {@code make} .. {@code conference}. */
  public static final List<String> WORDS =
      List.of(
          "make",
          "address",
          "all",
          "num3d",
          "our",
          "over",
          "remove",
          "internet",
          "order",
          "mail",
          "receive",
          "will",
          "people",
          "report",
          "addresses",
          "free",
          "business",
          "email",
          "you",
          "credit",
          "your",
          "font",
          "num000",
          "money",
          "hp",
          "hpl",
          "george",
          "num650",
          "lab",
          "labs",
          "telnet",
          "num857",
          "data",
          "num415",
          "num85",
          "technology",
          "num1999",
          "parts",
          "pm",
          "direct",
          "cs",
          "meeting",
          "original",
          "project",
          "re",
          "edu",
          "table",
          "conference");

  /** The 6 character-frequency features. */
  public static final List<String> CHARACTERS =
      List.of(
          "charSemicolon",
          "charRoundbracket",
          "charSquarebracket",
          "charExclamation",
          "charDollar",
          "charHash");

  /** The 3 capital-run-length features. */
  public static final List<String> CAPITALS = List.of("capitalAve", "capitalLong", "capitalTotal");

  private Spambase() {}

  /**
   * The binary output contract: {@code spam} is the positive class.
   *
   * @return the contract
   */
  public static OutputContract outputContract() {
    return OutputContract.binary(LABEL, "nonspam", "spam");
  }

  /**
   * All 57 feature names, in file order.
   *
   * @return a new list
   */
  public static List<String> features() {
    List<String> all = new ArrayList<>(WORDS);
    all.addAll(CHARACTERS);
    all.addAll(CAPITALS);
    return all;
  }

  /**
   * Loads the bundled data ({@link BundledDataset#SPAMBASE}).
   *
   * @return the table: 57 numeric columns and the categorical label
   * @throws IllegalStateException if the leanml-datasets jar lacks the resource
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Table load() {
    BundledDataset spambase = BundledDataset.SPAMBASE;
    try (InputStream in = spambase.open()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return CsvReader.with(CsvOptions.defaults()).parse(text, spambase.fileName());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + spambase.resource(), e);
    }
  }
}
