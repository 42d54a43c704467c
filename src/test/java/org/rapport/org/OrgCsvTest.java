package org.rapport.org;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgCsvTest {
    private static List<OrgCsv.Record> parse(String text) {
        OrgCsv.Parsed parsed = OrgCsv.parse(text, 100);
        assertThat(parsed.errors()).as("syntax errors").isEmpty();
        return parsed.records();
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
    void parse_quotedFields_holdCommasAndDoubledQuotes() {
        List<OrgCsv.Record> records = parse("bob,alice,\"Research, \"\"Labs\"\"\"\ndave,,Sales\n");
        assertThat(records).containsExactly(
                new OrgCsv.Record(1, List.of("bob", "alice", "Research, \"Labs\"")),
                new OrgCsv.Record(2, List.of("dave", "", "Sales")));
    }

    @Test
    void parse_aLineBreakInsideQuotes_isAnUnclosedQuote_soALaterQuoteCannotSwallowTheLinesBetween() {
        OrgCsv.Parsed parsed = OrgCsv.parse("bob,\"alice,Eng\ncarol,ghost,Sales\ndave,\"x\",Eng\n", 100);

        assertThat(parsed.errors()).containsExactly(new OrgCsv.SyntaxError(1, OrgCsv.Problem.UNCLOSED_QUOTE));
        assertThat(parsed.records()).containsExactly(
                new OrgCsv.Record(2, List.of("carol", "ghost", "Sales")),
                new OrgCsv.Record(3, List.of("dave", "x", "Eng")));
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
    void parse_unclosedQuote_isASyntaxErrorOnTheLineWhereItOpens_andTheNextLinesAreReadAfresh() {
        OrgCsv.Parsed parsed = OrgCsv.parse("a,b,c\nd,\"e,f\ng,h,i\r\nj,k,l\n", 100);

        assertThat(parsed.errors()).containsExactly(new OrgCsv.SyntaxError(2, OrgCsv.Problem.UNCLOSED_QUOTE));
        assertThat(parsed.records()).containsExactly(
                new OrgCsv.Record(1, List.of("a", "b", "c")),
                new OrgCsv.Record(3, List.of("g", "h", "i")),
                new OrgCsv.Record(4, List.of("j", "k", "l")));
    }

    @Test
    void parse_unclosedQuoteOnTheLastLine_isReportedThere() {
        OrgCsv.Parsed parsed = OrgCsv.parse("a,b,c\n\"d", 100);

        assertThat(parsed.errors()).containsExactly(new OrgCsv.SyntaxError(2, OrgCsv.Problem.UNCLOSED_QUOTE));
        assertThat(parsed.records()).containsExactly(new OrgCsv.Record(1, List.of("a", "b", "c")));
    }

    @Test
    void parse_textAfterClosingQuote_isASyntaxError_andReadingGoesOn() {
        OrgCsv.Parsed parsed = OrgCsv.parse("a,b,c\n\"d\"x,e,f\ng,\"h\"\"\"y,z\r\nh,i,j\n", 100);

        assertThat(parsed.errors()).containsExactly(new OrgCsv.SyntaxError(2, OrgCsv.Problem.TEXT_AFTER_QUOTE),
                new OrgCsv.SyntaxError(3, OrgCsv.Problem.TEXT_AFTER_QUOTE));
        assertThat(parsed.records()).containsExactly(
                new OrgCsv.Record(1, List.of("a", "b", "c")),
                new OrgCsv.Record(4, List.of("h", "i", "j")));
    }

    @Test
    void parse_quoteInsideUnquotedField_isKeptAsText() {
        assertThat(parse("o\"brien,,")).containsExactly(new OrgCsv.Record(1, List.of("o\"brien", "", "")));
    }

    @Test
    void parse_refusesMoreRecordsThanAllowed_butNotExactlyAsMany() {
        assertThat(OrgCsv.parse("a\nb\nc\n", 3).records()).hasSize(3);
        assertThatThrownBy(() -> OrgCsv.parse("a\nb\nc\nd\n", 3)).isInstanceOf(OrgCsv.TooManyRecordsException.class);
    }
}
