package org.leanml.data.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits RFC 4180 text into records and fields without creating Strings: each field of the current
 * record is a range of {@link #chars(int)}. Quoted fields may hold delimiters, line breaks and
 * escaped quotes ({@code ""}); records end at LF, CRLF or a lone CR. A quote inside an unquoted
 * field is kept literally; any character other than a delimiter or line break after a closing quote
 * is an error.
 *
 * <p>Design: the buffer is never modified, so when a record runs past the end of the buffer the
 * record is moved to the front, more text is read (the buffer grows for very long records) and the
 * record is tokenized again from its start. Quoted fields with escaped quotes are unescaped into a
 * separate scratch array.
 */
final class CsvTokenizer {
  private final Reader in;
  private final char delimiter;
  private final String source;

  private char[] buf = new char[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean skipLf;
  private boolean first = true;
  private long charsRead;

  private char[] scratch = new char[256];
  private int scratchLen;

  private int fieldCount;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] inScratch = new boolean[16];
  private boolean[] quoted = new boolean[16];

  private long line = 1;
  private long recordLine;

  CsvTokenizer(Reader in, char delimiter, String source) {
    this.in = in;
    this.delimiter = delimiter;
    this.source = source;
  }

  /** The line the current record starts on (1-based). */
  long recordLine() {
    return recordLine;
  }

  /** How many characters have been read from the source so far. */
  long charsRead() {
    return charsRead;
  }

  int fieldCount() {
    return fieldCount;
  }

  char[] chars(int field) {
    return inScratch[field] ? scratch : buf;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  boolean quoted(int field) {
    return quoted[field];
  }

  String text(int field) {
    return new String(chars(field), starts[field], ends[field] - starts[field]);
  }

  /** Whether the current record is a blank line: one unquoted, empty field. */
  boolean isBlankLine() {
    return fieldCount == 1 && !quoted[0] && starts[0] == ends[0];
  }

  /**
   * Reads the next record.
   *
   * @return {@code false} at the end of the input
   */
  boolean next() throws IOException {
    if (skipLf) {
      if (pos == lim && !eof) {
        compactAndFill(pos);
      }
      if (pos < lim && buf[pos] == '\n') {
        pos++;
      }
      skipLf = false;
    }
    if (pos == lim && !eof) {
      compactAndFill(pos);
    }
    if (first) {
      first = false;
      if (pos < lim && buf[pos] == '\uFEFF') {
        pos++;
      }
    }
    if (pos == lim && eof) {
      return false;
    }
    recordLine = line;
    while (true) {
      int r = tokenize(pos);
      if (r >= 0) {
        pos = r;
        return true;
      }
      // ran out of buffer inside the record: keep the record, read more, tokenize it again
      compactAndFill(pos);
      pos = 0;
    }
  }

  /**
   * Tokenizes the record starting at {@code p}.
   *
   * @return the position after the record, or -1 if the buffer ended before the record did
   */
  private int tokenize(int p) {
    fieldCount = 0;
    scratchLen = 0;
    long newlines = 0;
    final char[] b = buf;
    final int limit = lim;
    final char d = delimiter;
    while (true) {
      if (p == limit) {
        if (!eof) {
          return -1;
        }
        addField(p, p, false, false);
        line += 1 + newlines;
        return p;
      }
      if (b[p] == '"') {
        int contentStart = ++p;
        boolean escaped = false;
        while (true) {
          if (p == limit) {
            if (!eof) {
              return -1;
            }
            throw new CsvFormatException(
                source,
                recordLine,
                null,
                "field " + (fieldCount + 1) + " opens a quote that is never closed");
          }
          char c = b[p];
          if (c == '"') {
            if (p + 1 == limit && !eof) {
              return -1;
            }
            if (p + 1 < limit && b[p + 1] == '"') {
              escaped = true;
              p += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            newlines++;
          }
          p++;
        }
        int contentEnd = p++;
        if (escaped) {
          unescape(contentStart, contentEnd);
        } else {
          addField(contentStart, contentEnd, false, true);
        }
        if (p == limit) {
          if (!eof) {
            return -1;
          }
          line += 1 + newlines;
          return p;
        }
        char c = b[p];
        if (c == d) {
          p++;
          continue;
        }
        if (c == '\n' || c == '\r') {
          return endRecord(p, newlines);
        }
        throw new CsvFormatException(
            source,
            recordLine,
            null,
            "field "
                + fieldCount
                + " has the character '"
                + c
                + "' after its closing quote; a quoted field must end at a delimiter or line end");
      }
      int s = p;
      char c = 0;
      while (p < limit) {
        c = b[p];
        if (c == d || c == '\n' || c == '\r') {
          break;
        }
        p++;
      }
      if (p == limit) {
        if (!eof) {
          return -1;
        }
        addField(s, p, false, false);
        line += 1 + newlines;
        return p;
      }
      addField(s, p, false, false);
      if (c == d) {
        p++;
        continue;
      }
      return endRecord(p, newlines);
    }
  }

  private int endRecord(int p, long newlines) {
    line += 1 + newlines;
    if (buf[p] == '\r') {
      if (p + 1 < lim) {
        return buf[p + 1] == '\n' ? p + 2 : p + 1;
      }
      skipLf = true;
    }
    return p + 1;
  }

  private void unescape(int from, int to) {
    if (scratch.length < scratchLen + (to - from)) {
      scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLen + (to - from)));
    }
    int s = scratchLen;
    for (int i = from; i < to; i++) {
      char c = buf[i];
      scratch[scratchLen++] = c;
      if (c == '"') {
        i++; // the second quote of an escaped pair
      }
    }
    addField(s, scratchLen, true, true);
  }

  private void addField(int s, int e, boolean scratchField, boolean isQuoted) {
    if (fieldCount == starts.length) {
      int n = fieldCount * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      inScratch = Arrays.copyOf(inScratch, n);
      quoted = Arrays.copyOf(quoted, n);
    }
    starts[fieldCount] = s;
    ends[fieldCount] = e;
    inScratch[fieldCount] = scratchField;
    quoted[fieldCount] = isQuoted;
    fieldCount++;
  }

  /** Moves {@code buf[from, lim)} to the front and reads more, growing the buffer when full. */
  private void compactAndFill(int from) throws IOException {
    int keep = lim - from;
    if (from > 0) {
      System.arraycopy(buf, from, buf, 0, keep);
    } else if (keep == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    pos = 0;
    lim = keep;
    while (lim < buf.length) {
      int n = in.read(buf, lim, buf.length - lim);
      if (n < 0) {
        eof = true;
        return;
      }
      charsRead += n;
      lim += n;
    }
  }
}
