package org.leanml.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.leanml.core.table.ColumnType;

class ContractsJsonTest {

  @Property(tries = 150)
  void inputContract_roundTrips(@ForAll("inputs") InputContract contract) {
    String json = ContractsJson.toJson(contract);

    InputContract back = ContractsJson.inputFromJson(json);

    assertThat(back).isEqualTo(contract);
    assertThat(ContractsJson.toJson(back)).isEqualTo(json);
  }

  @Property(tries = 100)
  void outputContract_roundTrips(@ForAll("outputs") OutputContract contract) {
    String json = ContractsJson.toJson(contract);

    OutputContract back = ContractsJson.outputFromJson(json);

    assertThat(back).isEqualTo(contract);
  }

  @Property(tries = 100)
  void contractsDocument_roundTripsByteIdentically(
      @ForAll("inputs") InputContract in, @ForAll("outputs") OutputContract out) {
    byte[] json = ContractsJson.toJson(new Contracts(in, out));

    Contracts back = ContractsJson.fromJson(json);

    assertThat(back).isEqualTo(new Contracts(in, out));
    assertThat(ContractsJson.toJson(back)).isEqualTo(json);
  }

  @Test
  void infiniteBounds_writtenAsStrings() {
    InputContract c =
        InputContract.of(FeatureSpec.numeric("x").withRange(0, Double.POSITIVE_INFINITY));

    String json = ContractsJson.toJson(c);

    assertThat(json).contains("\"min\":0.0").contains("\"max\":\"Infinity\"");
  }

  @Test
  void unknownVersion_refusedNamingVersion() {
    String json =
        ContractsJson.toJson(OutputContract.regression("y"))
            .replace("\"version\":1", "\"version\":7");

    assertThatThrownBy(() -> ContractsJson.outputFromJson(json))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("version 7");
  }

  @Test
  void brokenRule_refusedWithContractFormatException() {
    String json =
        ContractsJson.toJson(OutputContract.binary("y", "a", "b"))
            .replace("\"positiveLabel\":\"b\"", "\"positiveLabel\":\"z\"");

    assertThatThrownBy(() -> ContractsJson.outputFromJson(json))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("'z'");
  }

  @Test
  void malformedJson_refused() {
    byte[] json = "{\"version\":1,".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ContractsJson.fromJson(json))
        .isInstanceOf(ContractFormatException.class)
        .hasMessageContaining("malformed");
  }

  @Provide
  Arbitrary<InputContract> inputs() {
    Arbitrary<Double> bound =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-1e12, 1e12),
            Arbitraries.of(
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE));
    Arbitrary<FeatureSpec> feature =
        Combinators.combine(
                Arbitraries.strings()
                    .ofMinLength(1)
                    .ofMaxLength(8)
                    .alpha()
                    .numeric()
                    .withChars(' ', '"', 'é', '\\'),
                Arbitraries.of(ColumnType.class),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                bound,
                bound,
                Arbitraries.strings().ofMinLength(1).ofMaxLength(5).list().ofMaxSize(3))
            .as(
                (name, type, nullable, nonFinite, a, b, cats) ->
                    new FeatureSpec(
                        name.isBlank() ? "f" + name : name,
                        type,
                        nullable,
                        nonFinite,
                        Math.min(a, b),
                        Math.max(a, b),
                        type == ColumnType.CATEGORICAL ? cats : List.of()));
    return feature.list().ofMaxSize(6).uniqueElements(FeatureSpec::name).map(InputContract::new);
  }

  @Provide
  Arbitrary<OutputContract> outputs() {
    Arbitrary<String> name = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
    Arbitrary<List<String>> labels = name.list().ofMinSize(2).ofMaxSize(5).uniqueElements();
    return Arbitraries.oneOf(
        name.map(OutputContract::regression),
        Combinators.combine(name, labels).as(OutputContract::multiclass),
        Combinators.combine(name, labels, Arbitraries.of(0, 1))
            .as((col, ls, pos) -> OutputContract.binary(col, ls.get(1 - pos), ls.get(pos))));
  }
}
