package org.leanml.core;

import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.ValidationResult;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.table.Table;

/** The README's "embed it" snippet; {@link ReadmeSnippetTest} runs it and checks the README. */
final class ReadmeEmbedExample {
  private ReadmeEmbedExample() {}

  static String run() {
    // snippet:embed:start
    Table requests =
        Table.builder()
            .numeric("capitalAve")
            .numeric("charExclamation")
            .addRow(3.2, 0.5)
            .addRow(1.1, -0.2)
            .build();
    InputContract contract =
        InputContract.of(
            FeatureSpec.numeric("capitalAve").withRange(1, Double.POSITIVE_INFINITY),
            FeatureSpec.numeric("charExclamation").withRange(0, 1));
    ValidationResult result = contract.validate(requests);
    Fingerprint fingerprint = Fingerprints.of(requests);
    // result.violations(): [row 1, column 'charExclamation': below minimum 0.0 (value '-0.2')]
    // snippet:embed:end
    return result.violations() + " " + fingerprint.shortHex();
  }
}
