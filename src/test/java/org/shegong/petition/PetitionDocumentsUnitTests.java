package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PetitionDocumentsUnitTests {

    /** The document's text with line breaks removed (the renderer wraps long paragraphs). */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\R", "");
        }
    }

    @Test
    void rendersChineseTextWithAnEmbeddedSubsetFontAndWrapsLongParagraphs() throws IOException {
        PetitionDocuments documents = new PetitionDocuments(new PetitionProperties(null));
        String longText = "经查，".repeat(200) + "😀";
        byte[] pdf = documents.render(new PetitionDocuments.Content("信访处理意见书", "XF510107-20251009-000001",
                List.of("张三：", "办理期限至2025年10月9日。", longText), "武侯区住房和城乡建设局", "2025年8月3日"));
        String text = text(pdf);
        assertThat(text).contains("信访处理意见书", "XF510107-20251009-000001", "2025年10月9日", "武侯区住房和城乡建设局", "□");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aMissingConfiguredFontIsAClearError() {
        PetitionDocuments documents = new PetitionDocuments(new PetitionProperties("/nonexistent/font.ttc"));
        assertThatThrownBy(() -> documents.render(new PetitionDocuments.Content("回执", "XF1", List.of("x"), "单位", "今天")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shegong.petition.pdf-font")
                .hasMessageContaining("/nonexistent/font.ttc (not found)");
    }

    @Test
    void aCffOnlyFontIsRefusedWithTheReason() {
        String noto = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
        org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File(noto).isFile(), "Noto CJK not installed");
        PetitionDocuments documents = new PetitionDocuments(new PetitionProperties(noto));
        assertThatThrownBy(() -> documents.render(new PetitionDocuments.Content("回执", "XF1", List.of("x"), "单位", "今天")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("glyf");
    }
}
