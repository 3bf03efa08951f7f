package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        String csv = new Csv("a", "b").row("Awsworth, Cossall & Trowell", "say \"no\"\nthen").toString();
        assertThat(csv).isEqualTo("a,b\r\n\"Awsworth, Cossall & Trowell\",\"say \"\"no\"\"\nthen\"\r\n");
    }

    @Test
    void defusesSpreadsheetFormulasButKeepsNegativeNumbers() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field(-3)).isEqualTo("-3");
        assertThat(Csv.field(null)).isEmpty();
    }
}
