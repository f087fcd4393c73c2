package org.leanml.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.table.TextColumn;

class CsvRoundTripProperties {

  static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles(),
        Arbitraries.of(
            0.0,
            -0.0,
            1.0,
            -1.0,
            1e300,
            -1e-300,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            1e15,
            123456789012345678.0,
            0.1,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY),
        Arbitraries.integers().between(-1000, 1000).map(i -> (double) i),
        Arbitraries.doubles().between(-1e-5, 1e-5).ofScale(12));
  }

  static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab,\"\n\r ;x\t").ofMaxLength(6),
        Arbitraries.of("", "NA", "?", "a,b", "\"", "1", "1.0", " x "),
        Arbitraries.strings().alpha().ofMaxLength(4));
  }

  static Arbitrary<Column> column(String name, int rows) {
    Arbitrary<Column> numeric =
        Combinators.combine(
                doubles().list().ofSize(rows),
                Arbitraries.integers().between(0, 3).list().ofSize(rows))
            .as(
                (vs, ms) -> {
                  double[] v = new double[rows];
                  BitSet m = new BitSet();
                  for (int i = 0; i < rows; i++) {
                    v[i] = vs.get(i);
                    if (ms.get(i) == 0) {
                      m.set(i);
                    }
                  }
                  return NumericColumn.of(name, v, m);
                });
    Arbitrary<String> maybeMissing =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, texts()), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
    Arbitrary<Column> categorical =
        maybeMissing
            .list()
            .ofSize(rows)
            .map(l -> CategoricalColumn.of(name, l.toArray(String[]::new)));
    Arbitrary<Column> text =
        maybeMissing.list().ofSize(rows).map(l -> TextColumn.of(name, l.toArray(String[]::new)));
    return Arbitraries.oneOf(numeric, categorical, text);
  }

  @Provide
  Arbitrary<Table> tables() {
    return Arbitraries.integers()
        .between(1, 25)
        .flatMap(
            rows ->
                Arbitraries.integers()
                    .between(1, 4)
                    .flatMap(
                        cols -> {
                          List<Arbitrary<Column>> cs = new ArrayList<>();
                          for (int c = 0; c < cols; c++) {
                            cs.add(column(c == 0 ? "first" : "c," + c + "\"", rows));
                          }
                          return Combinators.combine(cs).as(Table::of);
                        }));
  }

  @Property(tries = 150)
  void writeThenRead_withItsTypes_givesAnEqualTable(@ForAll("tables") Table table) {
    CsvOptions o = CsvOptions.defaults().withSchema(CsvSchema.typesOf(table));

    String csv = CsvWriter.with(o).toString(table);
    Table back = CsvReader.with(o).parse(csv, "round-trip");

    assertThat(back).isEqualTo(table);
    assertThat(Fingerprints.of(back)).isEqualTo(Fingerprints.of(table));
  }

  @Property(tries = 100)
  void writeThenRead_withOtherDelimiterAndTokens_givesAnEqualTable(@ForAll("tables") Table table) {
    CsvOptions o =
        CsvOptions.defaults()
            .withDelimiter(';')
            .withMissingTokens("NA", "", "?")
            .withSchema(CsvSchema.typesOf(table));

    Table back = CsvReader.with(o).parse(CsvWriter.with(o).toString(table), "round-trip");

    assertThat(back).isEqualTo(table);
  }

  @Property(tries = 100)
  void numericTable_readBackInferred_staysNumericAndEqual(@ForAll("numericTables") Table table) {
    Table back = CsvReader.withDefaults().parse(CsvWriter.withDefaults().toString(table), "n");

    assertThat(back).isEqualTo(table);
  }

  @Provide
  Arbitrary<Table> numericTables() {
    return Arbitraries.integers()
        .between(1, 30)
        .flatMap(
            rows ->
                Combinators.combine(column("a", rows), column("b", rows))
                    .as((a, b) -> List.of(a, b)))
        .filter(l -> l.stream().allMatch(c -> c instanceof NumericColumn))
        .map(Table::of);
  }
}
