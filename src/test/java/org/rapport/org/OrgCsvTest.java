package org.rapport.org;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgCsvTest {
    private static List<OrgCsv.Record> parse(String text) {
        return OrgCsv.parse(text, 100);
    }

    @Test
    void parse_splitsFieldsAndRecords_withLfCrLfAndLoneCr() {
        assertThat(parse("a,b,c\nd,e,f\r\ng,h,i\rj,k,l")).containsExactly(
                new OrgCsv.Record(1, List.of("a", "b", "c")),
                new OrgCsv.Record(2, List.of("d", "e", "f")),
                new OrgCsv.Record(3, List.of("g", "h", "i")),
                new OrgCsv.Record(4, List.of("j", "k", "l")));
    }

    @Test
    void parse_keepsEmptyFields_includingTrailingOnes() {
        assertThat(parse("bob,,\n,x,")).containsExactly(
                new OrgCsv.Record(1, List.of("bob", "", "")),
                new OrgCsv.Record(2, List.of("", "x", "")));
    }

    @Test
    void parse_quotedFields_holdCommasDoubledQuotesAndLineBreaks_andLaterLinesKeepTheirNumbers() {
        List<OrgCsv.Record> records = parse("bob,alice,\"Research, \"\"Labs\"\"\"\ncarol,alice,\"Two\nlines\"\ndave,,Sales\n");
        assertThat(records).containsExactly(
                new OrgCsv.Record(1, List.of("bob", "alice", "Research, \"Labs\"")),
                new OrgCsv.Record(2, List.of("carol", "alice", "Two\nlines")),
                new OrgCsv.Record(4, List.of("dave", "", "Sales")));
    }

    @Test
    void parse_skipsBlankLinesAndByteOrderMark() {
        assertThat(parse("\uFEFFa,b,c\n\n   \nd,e,f\n\n")).containsExactly(
                new OrgCsv.Record(1, List.of("a", "b", "c")),
                new OrgCsv.Record(4, List.of("d", "e", "f")));
    }

    @Test
    void parse_emptyText_hasNoRecords() {
        assertThat(parse("")).isEmpty();
    }

    @Test
    void parse_unclosedQuote_isASyntaxErrorOnTheLineWhereItOpens() {
        OrgCsv.SyntaxException e = catchThrowableOfType(() -> parse("a,b,c\nd,\"e,f\ng,h,i\n"), OrgCsv.SyntaxException.class);
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void parse_textAfterClosingQuote_isASyntaxError() {
        OrgCsv.SyntaxException e = catchThrowableOfType(() -> parse("a,b,c\n\"d\"x,e,f\n"), OrgCsv.SyntaxException.class);
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void parse_quoteInsideUnquotedField_isKeptAsText() {
        assertThat(parse("o\"brien,,")).containsExactly(new OrgCsv.Record(1, List.of("o\"brien", "", "")));
    }

    @Test
    void parse_refusesMoreRecordsThanAllowed_butNotExactlyAsMany() {
        assertThat(OrgCsv.parse("a\nb\nc\n", 3)).hasSize(3);
        assertThatThrownBy(() -> OrgCsv.parse("a\nb\nc\nd\n", 3)).isInstanceOf(OrgCsv.TooManyRecordsException.class);
    }
}
