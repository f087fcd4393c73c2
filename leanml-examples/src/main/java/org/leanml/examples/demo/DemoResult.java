package org.leanml.examples.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.leanml.eval.drift.DriftReport;
import org.leanml.eval.label.Selection;

/**
 * Everything the demo did and where it wrote it.
 *
 * @param directory the output directory
 * @param modelName the model's name in the registry
 * @param split the data and its parts
 * @param versions the versions in order
 * @param champion the champion version at the end
 * @param drift drift between the training rows and the live stream
 * @param labellingQueue the live rows most worth labelling, by strategy, best first
 * @param registry the registry's directory
 * @param markdownReport {@code report.md}
 * @param htmlReport {@code report.html}
 */
public record DemoResult(
    Path directory,
    String modelName,
    DataSplit split,
    List<VersionOutcome> versions,
    int champion,
    DriftReport drift,
    List<Selection> labellingQueue,
    Path registry,
    Path markdownReport,
    Path htmlReport) {
  /**
   * Validates and copies.
   *
   * @param directory the output directory
   * @param modelName the model's name in the registry
   * @param split the data and its parts
   * @param versions the versions in order
   * @param champion the champion version at the end
   * @param drift drift between the training rows and the live stream
   * @param labellingQueue the live rows most worth labelling, by strategy, best first
   * @param registry the registry's directory
   * @param markdownReport {@code report.md}
   * @param htmlReport {@code report.html}
   * @throws NullPointerException if an object is null
   */
  public DemoResult {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(split, "split");
    versions = List.copyOf(versions);
    Objects.requireNonNull(drift, "drift");
    labellingQueue = List.copyOf(labellingQueue);
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(markdownReport, "markdownReport");
    Objects.requireNonNull(htmlReport, "htmlReport");
  }
}
