package org.shegong.petition;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders the petition documents as A4 PDFs in Chinese with an embedded (subset) CJK TrueType font. A parsed font
 * is not thread-safe, so each rendering thread reads its own copy once and keeps it.
 */
@Component
class PetitionDocuments {

    static final List<String> KNOWN_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc");

    private static final float MARGIN = 64;
    private static final float SIZE = 12;
    private static final float TITLE_SIZE = 18;
    private static final float LEADING = 20;

    private final @Nullable String configured;
    private final ThreadLocal<TrueTypeFont> font = new ThreadLocal<>();

    PetitionDocuments(PetitionProperties properties) {
        this.configured = properties.pdfFont();
    }

    /** A document's content: title, case number, the paragraphs, and the issuing unit and date line. */
    record Content(String title, String caseNumber, List<String> paragraphs, String issuer, String date) {
    }

    byte[] render(Content c) {
        TrueTypeFont ttf = font();
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
                for (String l : wrap(f, p, width)) {
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

    /** Breaks a paragraph to the page width; characters the font lacks become □. */
    private static List<String> wrap(PDType0Font f, String text, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder("\u3000\u3000");
        float w = 2 * SIZE;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = cp == '\n' || cp == '\r' || cp == '\t' ? " " : new String(Character.toChars(cp));
            float cw;
            try {
                cw = f.getStringWidth(ch) / 1000 * SIZE;
                if (cw == 0 && !ch.isBlank()) {
                    ch = "□";
                    cw = SIZE;
                }
            } catch (IllegalArgumentException e) {
                ch = "□";
                cw = SIZE;
            }
            if (w + cw > width) {
                out.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.append(ch);
            w += cw;
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    private TrueTypeFont font() {
        TrueTypeFont f = font.get();
        if (f == null) {
            f = load();
            font.set(f);
        }
        return f;
    }

    private TrueTypeFont load() {
        List<String> candidates = configured != null && !configured.isBlank() ? List.of(configured) : KNOWN_FONTS;
        List<String> problems = new ArrayList<>();
        for (String path : candidates) {
            File file = new File(path);
            if (!file.isFile()) {
                problems.add(path + " (not found)");
                continue;
            }
            try {
                TrueTypeFont ttf = path.toLowerCase().endsWith(".ttc") ? firstGlyfFont(file)
                        : new TTFParser().parse(new RandomAccessReadBufferedFile(file));
                if (ttf != null && ttf.getGlyph() != null) {
                    return ttf;
                }
                problems.add(path + " (no TrueType glyf outlines: CFF fonts cannot be embedded)");
            } catch (IOException | RuntimeException e) {
                problems.add(path + " (" + e.getMessage() + ")");
            }
        }
        throw new IllegalStateException("No CJK TrueType font for the petition PDFs. Set shegong.petition.pdf-font to a "
                + "glyf-outline .ttf/.ttc font or install fonts-wqy-zenhei. Tried: " + String.join("; ", problems));
    }

    private static @Nullable TrueTypeFont firstGlyfFont(File file) throws IOException {
        TrueTypeCollection ttc = new TrueTypeCollection(file);
        TrueTypeFont[] found = new TrueTypeFont[1];
        ttc.processAllFonts(ttf -> {
            if (found[0] == null && ttf.getGlyph() != null) {
                found[0] = ttf;
            }
        });
        return found[0];
    }
}
