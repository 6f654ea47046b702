package org.shegong.volunteer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shegong.text.ChinesePdfFont;
import org.shegong.ShegongApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The service-record certificate as an A4 PDF (志愿服务记录与证明出具办法 §12: identity, volunteer number, hours and
 * content, issuer, number and date), in Chinese with an embedded CJK TrueType font found the way the petition documents
 * find theirs, and a QR code (drawn as vector squares) to the public verification page.
 */
@Component
class CertificateDocument {

    private static final float MARGIN = 64;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ChinesePdfFont font;

    CertificateDocument(VolunteerProperties properties, Environment env) {
        String own = properties.pdfFont();
        this.font = new ChinesePdfFont(own != null && !own.isBlank() ? own : env.getProperty("shegong.petition.pdf-font"),
                "volunteer certificates", "shegong.volunteer.pdf-font (or shegong.petition.pdf-font)");
    }

    byte[] render(CertificateView c, String verifyUrl) {
        TrueTypeFont ttf = font.get();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font f = PDType0Font.load(doc, ttf, true);
            doc.getDocumentInformation().setTitle("志愿服务记录证明 " + c.number());
            doc.getDocumentInformation().setProducer("Shegong");
            PDRectangle a4 = PDRectangle.A4;
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = a4.getHeight() - MARGIN;
                centred(cs, f, "志愿服务记录证明", 22, a4.getWidth(), y);
                y -= 40;
                text(cs, f, 11, MARGIN, y, "证明编号：" + c.number());
                y -= 34;
                List<String> lines = new ArrayList<>();
                lines.add("姓名：" + c.volunteerName());
                lines.add("公民身份号码：" + c.idMasked());
                lines.add("志愿者编号：" + c.volunteerNumber());
                lines.add("累计服务时长：" + c.hours() + " 小时");
                lines.add("兹证明该志愿者参加由 " + c.organization() + " 组织的志愿服务，以上时长经本组织记录并确认。");
                lines.add("服务内容：");
                lines.addAll(c.content());
                float width = a4.getWidth() - 2 * MARGIN;
                for (String p : lines) {
                    for (String l : ChinesePdfFont.wrap(f, p, width, 12, 0)) {
                        if (y < MARGIN + 170) {
                            break;
                        }
                        text(cs, f, 12, MARGIN, y, l);
                        y -= 20;
                    }
                }
                float bottom = MARGIN + 120;
                text(cs, f, 12, a4.getWidth() - MARGIN - 240, bottom + 40, "出具单位：" + c.organization());
                text(cs, f, 12, a4.getWidth() - MARGIN - 240, bottom + 18,
                        "出具日期：" + DATE.format(c.issuedAt().atZone(ShegongApplication.ZONE)));
                text(cs, f, 9, MARGIN, MARGIN - 10, "本证明免费出具。扫描二维码或访问 " + verifyUrl + " 核验真伪。");
                qr(cs, verifyUrl, MARGIN, MARGIN + 10, 110);
            }
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void qr(PDPageContentStream cs, String content, float x, float y, float size) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        float cell = size / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cs.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        cs.fill();
    }

    private static void centred(PDPageContentStream cs, PDType0Font f, String s, float size, float pageWidth, float y)
            throws IOException {
        text(cs, f, size, (pageWidth - f.getStringWidth(s) / 1000 * size) / 2, y, s);
    }

    private static void text(PDPageContentStream cs, PDType0Font f, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
