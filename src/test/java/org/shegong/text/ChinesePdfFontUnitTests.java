package org.shegong.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class ChinesePdfFontUnitTests {

    @Test
    void wrapsChineseToTheWidthWithTheIndentAndMarksWhatTheFontLacks() throws IOException {
        var font = new ChinesePdfFont(null, "tests", "shegong.test.pdf-font");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, font.get(), true);
            String text = "社".repeat(25) + "\n完";
            // 12 pt characters in a 120 pt line: ten a line, the first one starting with two ideographic spaces
            List<String> lines = ChinesePdfFont.wrap(f, text, 120, 12, 2);
            assertThat(lines.get(0)).startsWith("\u3000\u3000").hasSize(10);
            assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(10));
            assertThat(String.join("", lines)).isEqualTo("\u3000\u3000" + "社".repeat(25) + " 完");
            assertThat(ChinesePdfFont.wrap(f, "\uD83D\uDE00", 120, 12, 0)).containsExactly("□");
        }
    }

    @Test
    void aMissingFontIsOneSentenceNamingTheSetting() {
        assertThatThrownBy(() -> new ChinesePdfFont("/no/such/font.ttf", "the petition PDFs", "shegong.petition.pdf-font").get())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the petition PDFs").hasMessageContaining("shegong.petition.pdf-font")
                .hasMessageContaining("/no/such/font.ttf (not found)");
    }
}
