package org.leanml.bench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.leanml.datasets.BundledDataset;

/**
 * The plain CSV file of a bundled dataset for a benchmark to read.
 *
 * <p>By default the file is a copy of the one bundled in {@code leanml-datasets}, written once per
 * JVM into a temporary folder that is deleted when the JVM exits. The optional system property
 * {@value #DIR_PROPERTY} names a folder holding {@code spambase.csv} and {@code letter.csv} to read
 * instead, for measuring on another copy of the same data.
 */
public final class BenchData {
  /** The optional system property naming a folder to read the datasets from instead. */
  public static final String DIR_PROPERTY = "leanml.datasets.dir";

  private static final Map<BundledDataset, Path> COPIES = new EnumMap<>(BundledDataset.class);

  private BenchData() {}

  /**
   * The dataset as a plain CSV file: {@code <dir>/<file name>} when {@value #DIR_PROPERTY} names a
   * folder, else a temporary copy of the bundled file.
   *
   * @param dataset the dataset
   * @return the CSV file
   * @throws IllegalStateException if {@value #DIR_PROPERTY} is set but its folder lacks the file
   * @throws UncheckedIOException if the temporary copy cannot be written
   */
  public static synchronized Path csv(BundledDataset dataset) {
    @Nullable String dir = System.getProperty(DIR_PROPERTY);
    if (dir != null) {
      Path file = Path.of(dir).resolve(dataset.fileName());
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            DIR_PROPERTY
                + " is "
                + dir
                + " but "
                + file.toAbsolutePath()
                + " is no file; leave the property out to use the bundled "
                + dataset.fileName());
      }
      return file;
    }
    Path copy = COPIES.get(dataset);
    if (copy == null) {
      copy = copyToTemporaryFolder(dataset);
      COPIES.put(dataset, copy);
    }
    return copy;
  }

  private static Path copyToTemporaryFolder(BundledDataset dataset) {
    try {
      Path dir = Files.createTempDirectory("leanml-bench-data");
      // deleteOnExit runs in reverse order of registration: the file first, then its folder.
      dir.toFile().deleteOnExit();
      Path file = dataset.copyTo(dir);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for " + dataset, e);
    }
  }
}
