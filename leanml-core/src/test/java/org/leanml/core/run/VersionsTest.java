package org.leanml.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VersionsTest {
  private final String saved = System.getProperty(Versions.CODE_VERSION_PROPERTY);

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(Versions.CODE_VERSION_PROPERTY);
    } else {
      System.setProperty(Versions.CODE_VERSION_PROPERTY, saved);
    }
  }

  @Test
  void codeVersion_systemPropertyWins() {
    System.setProperty(Versions.CODE_VERSION_PROPERTY, " deadbeef ");

    assertThat(Versions.codeVersion()).isEqualTo("deadbeef");
  }

  @Test
  void codeVersion_noPropertyAndNoJar_isUnknown() {
    System.clearProperty(Versions.CODE_VERSION_PROPERTY);

    // test classes run from a directory, which has no manifest
    assertThat(Versions.codeVersion(VersionsTest.class)).isEqualTo(Versions.UNKNOWN);
  }

  @Test
  void codeVersion_jarManifest_isRead() {
    System.clearProperty(Versions.CODE_VERSION_PROPERTY);

    // JUnit's own jar carries an Implementation-Version
    assertThat(Versions.codeVersion(org.junit.jupiter.api.Test.class))
        .isNotEqualTo(Versions.UNKNOWN)
        .startsWith("5.");
  }
}
