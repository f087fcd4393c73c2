package org.leanml.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The helpers every built-in stage uses: sorted configurations and checked column lists. */
class StagesTest {
  @Test
  void config_pairs_sortedByKeyAndUnmodifiable() {
    var c = Stages.config("upper", "1.0", "lower", "0.0");

    assertThat(c.keySet()).containsExactly("lower", "upper");
    assertThatThrownBy(() -> c.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void config_oddCount_refusedNamingTheCount() {
    assertThatThrownBy(() -> Stages.config("lower", "0.0", "upper"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 3 strings");
  }

  @Test
  void columns_repeatedOrNone_refused() {
    assertThat(Stages.columns("a", "b")).containsExactly("a", "b");
    assertThatThrownBy(() -> Stages.columns("a", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("columns repeat: [a, a]");
    assertThatThrownBy(Stages::columns)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one column");
  }

  @Test
  void fingerprinter_sameNameAndConfig_sameFingerprint() {
    var a = Stages.fingerprinter("d.v1", "clip", Stages.config("k", "v")).finish();
    var b = Stages.fingerprinter("d.v1", "clip", Stages.config("k", "v")).finish();
    var c = Stages.fingerprinter("d.v1", "clip", Stages.config("k", "w")).finish();

    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }
}
