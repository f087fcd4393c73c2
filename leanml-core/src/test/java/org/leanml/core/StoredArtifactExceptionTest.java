package org.leanml.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.leanml.core.contract.ContractFormatException;
import org.leanml.core.contract.ContractsJson;
import org.leanml.core.run.RunRecordFormatException;

/** Every "stored artifact cannot be read" error is one catchable type, with file and reason. */
class StoredArtifactExceptionTest {
  @Test
  void knownFile_messageNamesFileThenReason() {
    StoredArtifactException e =
        new StoredArtifactException("models/churn/v3.json", "field 'version' is missing", null);

    assertThat(e).hasMessage("models/churn/v3.json: field 'version' is missing");
    assertThat(e.source()).contains("models/churn/v3.json");
    assertThat(e.reason()).isEqualTo("field 'version' is missing");
  }

  @Test
  void unknownFile_messageIsTheReason() {
    RunRecordFormatException e = new RunRecordFormatException("run record: no 'stages' array");

    assertThat((StoredArtifactException) e).hasMessage("run record: no 'stages' array");
    assertThat(e.source()).isEmpty();
    assertThat(e.reason()).isEqualTo("run record: no 'stages' array");
  }

  @Test
  void readingABrokenContract_isCaughtAsAStoredArtifact() {
    assertThatThrownBy(() -> ContractsJson.inputFromJson("{\"features\": 3}"))
        .isInstanceOf(ContractFormatException.class)
        .isInstanceOf(StoredArtifactException.class);
  }
}
