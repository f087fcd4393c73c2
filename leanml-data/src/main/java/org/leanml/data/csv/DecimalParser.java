package org.leanml.data.csv;

/**
 * Parses a decimal number from a range of a char buffer without creating a String in the common
 * case.
 *
 * <p>Design: the fast path is Clinger's exact case — at most 15 significant digits (so the digits
 * form an integer {@code m < 2^53}, exactly representable) and a decimal exponent {@code |e| <= 22}
 * (so {@code 10^|e|} is exactly representable). Then {@code m * 10^e} or {@code m / 10^e} is a
 * single correctly rounded IEEE operation, hence bit-identical to {@link Double#parseDouble}. Every
 * other well-formed number falls back to {@link Double#parseDouble} on a substring, so the result
 * always equals {@code Double.parseDouble} of the same text.
 *
 * <p>Grammar: optional surrounding spaces or tabs, an optional sign, digits with an optional
 * decimal point (at least one digit), an optional exponent {@code [eE][+-]?digits}; or,
 * case-insensitively, {@code nan}, {@code inf} or {@code infinity} with an optional sign. Java
 * suffixes ({@code 1d}, {@code 1f}) and hexadecimal floats are rejected.
 *
 * <p>Reference: W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990, DOI
 * 10.1145/93542.93557. Not thread-safe (it reports failure through a field).
 */
final class DecimalParser {
  private static final double[] POW10 = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /** Whether the last call parsed a number. */
  boolean ok;

  /**
   * Parses {@code b[start, end)}.
   *
   * @return the value; check {@link #ok} first
   */
  double parse(char[] b, int start, int end) {
    ok = false;
    while (start < end && (b[start] == ' ' || b[start] == '\t')) {
      start++;
    }
    while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
      end--;
    }
    if (start == end) {
      return 0;
    }
    int i = start;
    boolean negative = false;
    char c = b[i];
    if (c == '-' || c == '+') {
      negative = c == '-';
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int digits = 0;
    int exp10 = 0;
    boolean dot = false;
    for (; i < end; i++) {
      c = b[i];
      if (c >= '0' && c <= '9') {
        digits++;
        if (mantissa == 0 && c == '0') {
          // leading zeros carry no precision
          if (dot) {
            exp10--;
          }
          continue;
        }
        if (significant < 18) {
          mantissa = mantissa * 10 + (c - '0');
          significant++;
          if (dot) {
            exp10--;
          }
        } else {
          significant++;
          if (!dot) {
            exp10++;
          }
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return special(b, start, end);
    }
    if (i < end) {
      c = b[i];
      if (c != 'e' && c != 'E') {
        return 0;
      }
      i++;
      boolean expNegative = false;
      if (i < end && (b[i] == '-' || b[i] == '+')) {
        expNegative = b[i] == '-';
        i++;
      }
      if (i == end) {
        return 0;
      }
      int e = 0;
      for (; i < end; i++) {
        c = b[i];
        if (c < '0' || c > '9') {
          return 0;
        }
        if (e < 100_000) {
          e = e * 10 + (c - '0');
        }
      }
      exp10 += expNegative ? -e : e;
    }
    ok = true;
    if (significant <= 15) {
      double m = mantissa;
      if (mantissa == 0) {
        return negative ? -0.0 : 0.0;
      }
      if (exp10 == 0) {
        return negative ? -m : m;
      }
      if (exp10 > 0 && exp10 <= 22) {
        double v = m * POW10[exp10];
        return negative ? -v : v;
      }
      if (exp10 < 0 && exp10 >= -22) {
        double v = m / POW10[-exp10];
        return negative ? -v : v;
      }
    }
    return Double.parseDouble(new String(b, start, end - start));
  }

  private double special(char[] b, int start, int end) {
    int i = start;
    boolean negative = false;
    if (b[i] == '-' || b[i] == '+') {
      negative = b[i] == '-';
      i++;
    }
    int len = end - i;
    if (len == 3 && matches(b, i, "nan")) {
      ok = true;
      return Double.NaN;
    }
    if ((len == 3 && matches(b, i, "inf")) || (len == 8 && matches(b, i, "infinity"))) {
      ok = true;
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return 0;
  }

  private static boolean matches(char[] b, int at, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(b[at + k]) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
