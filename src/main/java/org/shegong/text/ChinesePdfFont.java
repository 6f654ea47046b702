package org.shegong.text;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The CJK TrueType font every PDF of the platform embeds (notices, certificates), found at a configured path or
 * among the usual system fonts, and Chinese text laid out in lines for it. One parsed font per thread: PDFBox's
 * {@link TrueTypeFont} is not safe to share between renderings.
 */
public final class ChinesePdfFont {

    /** Where Debian, other Linux distributions and macOS keep a CJK font with glyf outlines. */
    public static final List<String> KNOWN_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc");

    private final @Nullable String configured;
    private final String purpose;
    private final String setting;
    private final ThreadLocal<TrueTypeFont> font = new ThreadLocal<>();

    /**
     * @param configured the path set by an administrator, or null to search {@link #KNOWN_FONTS}
     * @param purpose what the font is for, named in the error when none is found ("the petition PDFs")
     * @param setting the property that sets the path, named in that error ("shegong.petition.pdf-font")
     */
    public ChinesePdfFont(@Nullable String configured, String purpose, String setting) {
        this.configured = configured;
        this.purpose = purpose;
        this.setting = setting;
    }

    /** This thread's parsed font; fails with one clear sentence when no usable font exists. */
    public TrueTypeFont get() {
        TrueTypeFont f = font.get();
        if (f == null) {
            f = load();
            font.set(f);
        }
        return f;
    }

    /**
     * Breaks a paragraph to {@code width} points at {@code size}, starting with {@code indent} ideographic spaces;
     * control characters become spaces, and characters the font lacks become □.
     */
    public static List<String> wrap(PDType0Font f, String text, float width, float size, int indent) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder("\u3000".repeat(indent));
        float w = indent * size;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            float cw;
            try {
                cw = f.getStringWidth(ch) / 1000 * size;
                if (cw == 0 && !ch.isBlank()) {
                    ch = "□";
                    cw = size;
                }
            } catch (IllegalArgumentException e) {
                ch = "□";
                cw = size;
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
        throw new IllegalStateException("No CJK TrueType font for " + purpose + ". Set " + setting + " to a glyf-outline "
                + ".ttf/.ttc font or install fonts-wqy-zenhei. Tried: " + String.join("; ", problems));
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
