package org.leanml.eval.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leanml.eval.sequential.Assessment;
import org.leanml.eval.sequential.CanaryDecision;
import org.leanml.eval.sequential.Decision;
import org.leanml.registry.AliasMove;
import org.leanml.registry.InMemoryRegistryStore;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.Registration;

class AliasMoverTest {

  private static ModelRegistry registryWithTwoVersions() {
    ModelRegistry registry = ModelRegistry.builder().store(new InMemoryRegistryStore()).build();
    for (int v = 1; v <= 2; v++) {
      registry.register(
          Registration.ofEncoded(
              "spam", "test/1", Map.of("model.bin", ("v" + v).getBytes(StandardCharsets.UTF_8))));
    }
    registry.promote("spam", 1, "first release");
    return registry;
  }

  private static CanaryDecision verdict() {
    Assessment primary =
        new Assessment(
            Decision.PROMOTE, "upper bound below 0", 500, 500, -0.02, -0.03, -0.01, 0.001);
    return new CanaryDecision(Decision.PROMOTE, "upper bound below 0", primary, Map.of());
  }

  @Test
  void promoteDecision_movesChampionToTheCandidateWithTheReason() {
    ModelRegistry registry = registryWithTwoVersions();
    DecisionSink sink =
        DecisionSink.movingAlias(AliasMover.forRegistry(registry, "spam"), "champion");

    sink.onDecision(
        new RolloutDecision(
            Decision.PROMOTE, 1, 2, "error rate lower by 0.02", verdict(), Instant.EPOCH));

    assertThat(registry.alias("spam", "champion").orElseThrow().version()).isEqualTo(2);
    AliasMove last = registry.history("spam", "champion").get(1);
    assertThat(last.from()).hasValue(1);
    assertThat(last.to()).isEqualTo(2);
    assertThat(last.reason()).isEqualTo("PROMOTE: error rate lower by 0.02");
  }

  @Test
  void forRegistry_invalidModelName_isRefusedBeforeAnyMove() {
    ModelRegistry registry = registryWithTwoVersions();

    assertThatThrownBy(() -> AliasMover.forRegistry(registry, "../spam"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../spam");
  }
}
