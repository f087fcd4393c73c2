package org.leanml.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;

class CsvReaderTest {

  private static Table parse(String text) {
    return CsvReader.withDefaults().parse(text, "t.csv");
  }

  private static Table parse(String text, CsvOptions options) {
    return CsvReader.with(options).parse(text, "t.csv");
  }

  @Test
  void parse_quotedFieldsWithDelimitersQuotesAndNewlines_keepContent() {
    String csv = "id,name\n1,\"a,b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n";

    Table t = parse(csv);

    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.categorical("name").get(0)).isEqualTo("a,b");
    assertThat(t.categorical("name").get(1)).isEqualTo("say \"hi\"");
    assertThat(t.categorical("name").get(2)).isEqualTo("two\nlines");
    assertThat(t.numeric("id").toArray()).containsExactly(1, 2, 3);
  }

  @Test
  void parse_crlfAndLoneCrLineEnds_readLikeLf() {
    Table crlf = parse("a,b\r\n1,2\r\n3,4\r\n");
    Table cr = parse("a,b\r1,2\r3,4");

    assertThat(crlf).isEqualTo(parse("a,b\n1,2\n3,4\n"));
    assertThat(cr).isEqualTo(crlf);
  }

  @Test
  void parse_noFinalLineBreak_keepsLastRow() {
    Table t = parse("a\n1\n2");

    assertThat(t.numeric("a").toArray()).containsExactly(1, 2);
  }

  @Test
  void parse_otherDelimiter_splitsOnIt() {
    Table t = parse("a;b\n1,5;x\n", CsvOptions.defaults().withDelimiter(';'));

    assertThat(t.categorical("a").get(0)).isEqualTo("1,5");
    assertThat(t.categorical("b").get(0)).isEqualTo("x");
  }

  @Test
  void parse_missingTokens_markCellsMissing() {
    CsvOptions o = CsvOptions.defaults().withMissingTokens("", "NA", "?");

    Table t = parse("x,c\n1,a\nNA,?\n,b\n3,NA\n", o);

    assertThat(t.numeric("x").missingRows().stream()).containsExactly(1, 2);
    assertThat(t.numeric("x").get(0)).isEqualTo(1.0);
    assertThat(t.categorical("c").get(1)).isNull();
    assertThat(t.categorical("c").get(3)).isNull();
    assertThat(t.categorical("c").levels()).containsExactly("a", "b");
  }

  @Test
  void parse_quotedToken_isAValueUnlessConfigured() {
    String csv = "c\n\"NA\"\n\"\"\nNA\n";
    CsvOptions o = CsvOptions.defaults().withMissingTokens("", "NA");

    Table values = parse(csv, o);
    Table missing = parse(csv, o.with(CsvOptions.QuotedFields.MAY_BE_MISSING));

    assertThat(values.categorical("c").get(0)).isEqualTo("NA");
    assertThat(values.categorical("c").get(1)).isEqualTo("");
    assertThat(values.categorical("c").get(2)).isNull();
    assertThat(missing.column("c").missingCount()).isEqualTo(3);
  }

  @Test
  void parse_inferredSchema_numericOnlyWhenEveryPresentCellParses() {
    Table t = parse("n,m,c,e\n1,1e3,x,\n-2.5, 4 ,7,\n,NaN,y,\n");

    assertThat(t.column("n").type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(t.column("m").type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(t.numeric("m").toArray()).containsExactly(1000, 4, Double.NaN);
    assertThat(t.numeric("m").isMissing(2)).isFalse();
    assertThat(t.column("c").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(t.categorical("c").levels()).containsExactly("x", "7", "y");
    assertThat(t.column("e").type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(t.column("e").missingCount()).isEqualTo(3);
  }

  @Test
  void parse_columnTurnsCategoricalAfterNumbers_keepsOriginalText() {
    Table t = parse("c\n1.0\n01\n2\nabc\n1.0\n");

    assertThat(t.column("c").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(t.categorical("c").get(0)).isEqualTo("1.0");
    assertThat(t.categorical("c").get(1)).isEqualTo("01");
    assertThat(t.categorical("c").levels()).containsExactly("1.0", "01", "2", "abc");
  }

  @Test
  void parse_typeOverride_readsTextAndTimestamps() {
    CsvSchema s =
        CsvSchema.inferred().withType("t", ColumnType.TIMESTAMP).withType("s", ColumnType.TEXT);

    Table t =
        parse(
            "t,s\n2024-05-01T10:15:30Z,hello\n2024-05-01,x\n2024-05-01T12:00:00+02:00,\n"
                + "2024-05-01T10:00:00,y\n",
            CsvOptions.defaults().withSchema(s));

    assertThat(t.timestamp("t").get(0)).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
    assertThat(t.timestamp("t").get(1)).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
    assertThat(t.timestamp("t").get(2)).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(t.timestamp("t").get(3)).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(t.text("s").get(0)).isEqualTo("hello");
    assertThat(t.text("s").get(2)).isNull();
  }

  @Test
  void parse_explicitSchema_typesColumnsAndChecksContract() {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    types.put("a", ColumnType.CATEGORICAL);
    types.put("b", ColumnType.NUMERIC);

    Table t = parse("b,a\n1,2\n3,4\n", CsvOptions.defaults().withSchema(CsvSchema.ofTypes(types)));

    assertThat(t.columnNames()).containsExactly("b", "a");
    assertThat(t.column("a").type()).isEqualTo(ColumnType.CATEGORICAL);
  }

  @Test
  void parse_explicitNumericCellNotANumber_namesLineColumnAndValue() {
    CsvOptions o =
        CsvOptions.defaults()
            .withSchema(CsvSchema.of(InputContract.numeric(java.util.List.of("a", "b"))));

    assertThatThrownBy(() -> parse("a,b\n1,2\n3,x7\n", o))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv: line 3, column 'b': 'x7' is not a number but the column is NUMERIC");
  }

  @Test
  void parse_explicitContractBroken_namesLineAndRule() {
    CsvOptions o =
        CsvOptions.defaults()
            .withSchema(CsvSchema.of(InputContract.of(FeatureSpec.numeric("a").withRange(0, 10))));

    assertThatThrownBy(() -> parse("a\n1\n2\n\n11\n", o))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("line 4, column 'a': missing value not allowed");
    assertThatThrownBy(() -> parse("a\n1\n12\n", o))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("line 3, column 'a': above maximum 10.0 (value '12')");
  }

  @Test
  void parse_explicitSchemaAndHeaderDisagree_namesTheColumn() {
    CsvOptions o =
        CsvOptions.defaults()
            .withSchema(CsvSchema.of(InputContract.numeric(java.util.List.of("a", "b"))));

    assertThatThrownBy(() -> parse("a\n1\n", o))
        .hasMessage(
            "t.csv: line 1, column 'b': the schema requires this column but the header lacks it");
    assertThatThrownBy(() -> parse("a,b,c\n1,2,3\n", o))
        .hasMessage(
            "t.csv: line 1, column 'c': the header has this column but the explicit schema does not");
  }

  @Test
  void parse_raggedRow_namesLineAndCounts() {
    String csv = "a,b,c\n1,2,3\n\"x\ny\",2,3\n1,2\n";

    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv: line 5: has 2 fields but the header has 3");
  }

  @Test
  void parse_tooManyFields_isRagged() {
    assertThatThrownBy(() -> parse("a,b\n1,2,3\n"))
        .hasMessage("t.csv: line 2: has 3 fields but the header has 2");
  }

  @Test
  void parse_blankLineInside_isAnErrorButTrailingBlankLinesAreIgnored() {
    assertThat(parse("a,b\n1,2\n\n\n").rowCount()).isEqualTo(1);
    assertThatThrownBy(() -> parse("a,b\n1,2\n\n3,4\n"))
        .hasMessage("t.csv: line 3: is blank (1 field) but the header has 2");
  }

  @Test
  void parse_singleColumnBlankLine_isAMissingCell() {
    Table t = parse("a\n1\n\n2\n");

    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.numeric("a").isMissing(1)).isTrue();
  }

  @Test
  void parse_unterminatedQuote_namesLineWhereItOpens() {
    assertThatThrownBy(() -> parse("a,b\n1,2\n3,\"abc\n4,5\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv: line 3: field 2 opens a quote that is never closed");
  }

  @Test
  void parse_textAfterClosingQuote_isAnError() {
    assertThatThrownBy(() -> parse("a,b\n\"x\"y,2\n"))
        .hasMessageContaining("line 2: field 1 has the character 'y' after its closing quote");
  }

  @Test
  void parse_emptyFile_isAnError() {
    assertThatThrownBy(() -> parse(""))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv: the file is empty; a header row is required");
  }

  @Test
  void parse_headerOnly_rejectedByDefaultAllowedOnRequest() {
    assertThatThrownBy(() -> parse("a,b\n"))
        .hasMessage("t.csv: has a header but no data rows (CsvOptions.EmptyTable.REJECT)");

    Table t = parse("a,b\n", CsvOptions.defaults().with(CsvOptions.EmptyTable.ALLOW));

    assertThat(t.rowCount()).isZero();
    assertThat(t.columnNames()).containsExactly("a", "b");
  }

  @Test
  void parse_duplicateHeader_namesBothFields() {
    assertThatThrownBy(() -> parse("a,b,a\n1,2,3\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "t.csv: line 1, column 'a': the name appears twice in the header (fields 1 and 3)");
  }

  @Test
  void parse_blankHeaderName_isAnError() {
    assertThatThrownBy(() -> parse("a,,c\n1,2,3\n"))
        .hasMessage("t.csv: line 1: header field 2 is blank; every column needs a name");
  }

  @Test
  void parse_byteOrderMark_isSkipped() {
    Table t = parse("\uFEFFa\n1\n");

    assertThat(t.columnNames()).containsExactly("a");
  }

  @Test
  void parse_recordsLongerThanTheBuffer_areReadWhole() {
    String big = "x".repeat(200_000);
    String csv = "a,b\n\"" + big + "\"\"q\",1\n" + big + ",2\n";

    Table t = parse(csv);

    assertThat(t.categorical("a").get(0)).isEqualTo(big + "\"q");
    assertThat(t.categorical("a").get(1)).isEqualTo(big);
    assertThat(t.numeric("b").toArray()).containsExactly(1, 2);
  }

  @Test
  void read_file_namesTheFileInErrors(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "a,b\n1,2\n3\n");

    assertThatThrownBy(() -> CsvReader.withDefaults().read(f))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(f + ": line 3: has 1 field but the header has 2")
        .satisfies(
            e -> {
              CsvFormatException c = (CsvFormatException) e;
              assertThat(c.line()).isEqualTo(3);
              assertThat(c.source()).isEqualTo(f.toString());
              assertThat(c.column()).isNull();
            });
  }

  @Test
  void read_missingFile_isAFormatException(@TempDir Path dir) {
    assertThatThrownBy(() -> CsvReader.withDefaults().read(dir.resolve("nope.csv")))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("the file does not exist");
  }

  @Test
  void read_invalidUtf8_isAFormatException(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, new byte[] {'a', '\n', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> CsvReader.withDefaults().read(f))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("is not valid UTF-8 text");
  }
}
