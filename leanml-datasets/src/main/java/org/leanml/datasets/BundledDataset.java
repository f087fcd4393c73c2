package org.leanml.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * A public dataset bundled in this jar as a gzipped CSV file with a header line, no quoting and no
 * missing cells.
 *
 * <p>Each bundled file is the original CSV, unchanged, compressed with {@code gzip -9 -n}; {@link
 * #sha256()} is the digest of the decompressed bytes, which {@link #copyTo(Path)} checks on every
 * copy. The citation and licence travel with the data: {@link #citation()}, {@link #licence()}, and
 * the {@code README.md} beside the files in {@code org/leanml/datasets}.
 *
 * <p>Both datasets come from the UCI Machine Learning Repository under CC BY 4.0:
 *
 * <ul>
 *   <li>Hopkins, M., Reeber, E., Forman, G., and Suermondt, J. (1999). Spambase [Dataset].
 *       doi:10.24432/C53G6X
 *   <li>Frey, P. W., and Slate, D. J. (1991). Letter Recognition [Dataset]. doi:10.24432/C5ZP40
 * </ul>
 */
public enum BundledDataset {
  /**
   * UCI Spambase: 4,601 e-mail messages, 57 numeric features and the categorical label {@code type}
   * ({@code spam} 1,813, {@code nonspam} 2,788) in the last column. Column names as in R's kernlab
   * {@code spam} data set.
   */
  SPAMBASE(
      "spambase.csv",
      "type",
      4601,
      "6d0a558fb9da113b5cbda2d9d0f5ee76307d0b397d64c81df25522034dc46bb0",
      "Hopkins, M., Reeber, E., Forman, G., and Suermondt, J. (1999). Spambase [Dataset]."
          + " UCI Machine Learning Repository. https://doi.org/10.24432/C53G6X",
      "10.24432/C53G6X"),

  /**
   * UCI Letter Recognition: 20,000 rows, 16 integer features ({@code x.box} .. {@code yegvx}) and
   * the categorical label {@code lettr} (26 capital letters) in the first column. Column names as
   * in R's mlbench {@code LetterRecognition} data set.
   */
  LETTER(
      "letter.csv",
      "lettr",
      20000,
      "d0982cbc2106b8b52a811424b8171d50c1a96b05bc7ff4121ce7bd1087b6d226",
      "Frey, P. W., and Slate, D. J. (1991). Letter Recognition [Dataset]."
          + " UCI Machine Learning Repository. https://doi.org/10.24432/C5ZP40",
      "10.24432/C5ZP40");

  private static final String LICENCE =
      "Creative Commons Attribution 4.0 International (CC BY 4.0),"
          + " https://creativecommons.org/licenses/by/4.0/";

  private static final int BUFFER = 1 << 16;

  private final String fileName;
  private final String labelColumn;
  private final int rowCount;
  private final String sha256;
  private final String citation;
  private final String doi;

  BundledDataset(
      String fileName,
      String labelColumn,
      int rowCount,
      String sha256,
      String citation,
      String doi) {
    this.fileName = fileName;
    this.labelColumn = labelColumn;
    this.rowCount = rowCount;
    this.sha256 = sha256;
    this.citation = citation;
    this.doi = doi;
  }

  /**
   * The name of the plain CSV file, as {@link #copyTo(Path)} writes it: {@code spambase.csv} or
   * {@code letter.csv}.
   *
   * @return the file name, without a folder
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The class-path resource holding the gzipped CSV, for example {@code
   * /org/leanml/datasets/spambase.csv.gz}.
   *
   * @return the absolute resource name
   */
  public String resource() {
    return "/org/leanml/datasets/" + fileName + ".gz";
  }

  /**
   * The name of the label column: {@code type} for Spambase, {@code lettr} for Letter.
   *
   * @return the column name, as in the CSV header
   */
  public String labelColumn() {
    return labelColumn;
  }

  /**
   * The number of data rows, not counting the header line.
   *
   * @return 4,601 for Spambase, 20,000 for Letter
   */
  public int rowCount() {
    return rowCount;
  }

  /**
   * The SHA-256 digest of the decompressed CSV, as {@code sha256sum} prints it.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public String sha256() {
    return sha256;
  }

  /**
   * The citation to give when publishing results obtained with this dataset.
   *
   * @return authors, year, title, repository and DOI link, in one line
   */
  public String citation() {
    return citation;
  }

  /**
   * The dataset's DOI at the UCI Machine Learning Repository.
   *
   * @return the DOI without a resolver prefix, for example {@code 10.24432/C53G6X}
   */
  public String doi() {
    return doi;
  }

  /**
   * The licence under which the dataset is published and bundled.
   *
   * @return the licence's name and address (CC BY 4.0 for both datasets)
   */
  public String licence() {
    return LICENCE;
  }

  /**
   * Opens the decompressed CSV, header line first, in UTF-8. Every call opens a new stream; the
   * caller closes it.
   *
   * @return a stream of the CSV's bytes
   * @throws IllegalStateException if the resource is missing from the class path (an incomplete
   *     leanml-datasets jar)
   * @throws UncheckedIOException if the resource's gzip header cannot be read
   */
  public InputStream open() {
    InputStream raw = BundledDataset.class.getResourceAsStream(resource());
    if (raw == null) {
      throw new IllegalStateException(
          "the resource " + resource() + " is missing from the class path");
    }
    try {
      return new GZIPInputStream(raw, BUFFER);
    } catch (IOException e) {
      try {
        raw.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot read the gzip header of " + resource(), e);
    }
  }

  /**
   * Writes the decompressed CSV as {@link #fileName()} into a folder, for code that needs a file
   * path. Creates the folder if it is missing and replaces a file of that name; checks the written
   * bytes against {@link #sha256()}.
   *
   * @param dir the folder to write into
   * @return the written file, {@code dir.resolve(fileName())}
   * @throws IllegalStateException if the resource is missing from the class path, or its
   *     decompressed bytes do not have the recorded SHA-256 (the written file is then deleted)
   * @throws UncheckedIOException if the resource cannot be read, the folder cannot be created, or
   *     the file cannot be written
   */
  public Path copyTo(Path dir) {
    Path file = dir.resolve(fileName);
    MessageDigest digest = newSha256();
    try {
      Files.createDirectories(dir);
      try (InputStream in = new DigestInputStream(open(), digest)) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + resource() + " to " + file, e);
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    if (!actual.equals(sha256)) {
      IllegalStateException mismatch =
          new IllegalStateException(
              resource() + " decompresses to SHA-256 " + actual + " but should be " + sha256);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        mismatch.addSuppressed(e);
      }
      throw mismatch;
    }
    return file;
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's class documentation).
      throw new IllegalStateException("this Java runtime has no SHA-256", e);
    }
  }
}
