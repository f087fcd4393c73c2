package org.leanml.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DecimalParserTest {

  private static double parse(String s) {
    DecimalParser p = new DecimalParser();
    double v = p.parse(s.toCharArray(), 0, s.length());
    assertThat(p.ok).as("'%s' parses", s).isTrue();
    return v;
  }

  private static boolean accepts(String s) {
    DecimalParser p = new DecimalParser();
    p.parse(s.toCharArray(), 0, s.length());
    return p.ok;
  }

  @Property(tries = 200)
  void parse_anyDoubleAsJavaPrints_equalsParseDouble(@ForAll double v) {
    String s = Double.toString(v);

    assertThat(Double.doubleToRawLongBits(parse(s)))
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
  }

  @Property(tries = 200)
  void parse_decimalStrings_equalParseDoubleBitForBit(@ForAll("decimals") String s) {
    assertThat(Double.doubleToRawLongBits(parse(s)))
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
  }

  @Provide
  Arbitrary<String> decimals() {
    Arbitrary<String> intPart = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> frac = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(20);
    Arbitrary<Integer> exp = Arbitraries.integers().between(-330, 330);
    Arbitrary<String> sign = Arbitraries.of("", "-", "+");
    return net.jqwik.api.Combinators.combine(sign, intPart, frac, exp, Arbitraries.of(true, false))
        .as(
            (sg, i, f, e, useExp) ->
                sg + i + (f.isEmpty() ? "" : "." + f) + (useExp ? "e" + e : ""));
  }

  @Test
  void parse_specialsAndEdgeForms_followTheGrammar() {
    assertThat(parse("NaN")).isNaN();
    assertThat(parse("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(parse("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(parse(" 1.5 ")).isEqualTo(1.5);
    assertThat(parse(".5")).isEqualTo(0.5);
    assertThat(parse("5.")).isEqualTo(5.0);
    assertThat(Double.doubleToRawLongBits(parse("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(parse("1E+3")).isEqualTo(1000.0);
    assertThat(parse("123456789012345678901234567890")).isEqualTo(1.2345678901234568E29);
  }

  @Test
  void parse_nonNumbers_areRejected() {
    for (String s :
        new String[] {
          "", " ", "abc", "1d", "1f", "0x1p3", "1e", "1e+", "-", ".", "1..2", "1,2", "1 2", "--1",
          "nana"
        }) {
      assertThat(accepts(s)).as("'%s' is rejected", s).isFalse();
    }
  }
}
