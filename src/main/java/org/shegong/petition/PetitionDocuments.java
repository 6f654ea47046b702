package org.shegong.petition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shegong.text.ChinesePdfFont;
import org.springframework.stereotype.Component;

/**
 * Renders the petition documents as A4 PDFs in Chinese with an embedded (subset) CJK TrueType font. A parsed font
 * is not thread-safe, so each rendering thread reads its own copy once and keeps it.
 */
@Component
class PetitionDocuments {

    private static final float MARGIN = 64;
    private static final float SIZE = 12;
    private static final float TITLE_SIZE = 18;
    private static final float LEADING = 20;

    private final ChinesePdfFont font;

    PetitionDocuments(PetitionProperties properties) {
        this.font = new ChinesePdfFont(properties.pdfFont(), "the petition PDFs", "shegong.petition.pdf-font");
    }

    /** A document's content: title, case number, the paragraphs, and the issuing unit and date line. */
    record Content(String title, String caseNumber, List<String> paragraphs, String issuer, String date) {
    }

    byte[] render(Content c) {
        TrueTypeFont ttf = font.get();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font f = PDType0Font.load(doc, ttf, true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(c.title() + " " + c.caseNumber());
            info.setProducer("Shegong");
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * MARGIN;
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(c.title(), TITLE_SIZE, true));
            lines.add(new Line("编号：" + c.caseNumber(), SIZE, true));
            lines.add(new Line("", SIZE, false));
            for (String p : c.paragraphs()) {
                for (String l : ChinesePdfFont.wrap(f, p, width, SIZE, 2)) {
                    lines.add(new Line(l, SIZE, false));
                }
            }
            lines.add(new Line("", SIZE, false));
            lines.add(new Line(c.issuer(), SIZE, false));
            lines.add(new Line(c.date(), SIZE, false));
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (Line line : lines) {
                if (cs == null || y < MARGIN) {
                    if (cs != null) {
                        cs.close();
                    }
                    page = new PDPage(a4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = a4.getHeight() - MARGIN;
                }
                if (!line.text().isEmpty()) {
                    float x = MARGIN;
                    if (line.centred()) {
                        x = (a4.getWidth() - f.getStringWidth(line.text()) / 1000 * line.size()) / 2;
                    }
                    cs.beginText();
                    cs.setFont(f, line.size());
                    cs.newLineAtOffset(x, y);
                    cs.showText(line.text());
                    cs.endText();
                }
                y -= line.size() == TITLE_SIZE ? LEADING * 1.6f : LEADING;
            }
            if (cs != null) {
                cs.close();
            }
            // object streams (PDFBox 3's default) cost more time than the few bytes they save on a one-page notice
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Line(String text, float size, boolean centred) {
    }
}
