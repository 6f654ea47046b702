package org.shegong.dispute;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shegong.text.ChinesePdfFont;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * 人民调解协议书 as an A4 PDF (人民调解法 §28: parties, the main facts and points of dispute, the terms, the way and
 * time of performance; §29: effective from the parties' signatures or seals and the mediator's signature with the
 * committee's seal — the document leaves those places blank for the signing).
 */
@Component
class AgreementDocument {

    private static final float MARGIN = 64;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ChinesePdfFont font;

    AgreementDocument(DisputeProperties properties, Environment env) {
        String own = properties.pdfFont();
        this.font = new ChinesePdfFont(own != null && !own.isBlank() ? own : env.getProperty("shegong.petition.pdf-font"),
                "mediation agreements", "shegong.dispute.pdf-font (or shegong.petition.pdf-font)");
    }

    byte[] render(DisputeView d, List<String> partyLines) {
        TrueTypeFont ttf = font.get();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font f = PDType0Font.load(doc, ttf, true);
            doc.getDocumentInformation().setTitle("人民调解协议书 " + d.caseNumber());
            doc.getDocumentInformation().setProducer("Shegong");
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * MARGIN;
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("编号：" + d.caseNumber());
            paragraphs.add("当事人：");
            paragraphs.addAll(partyLines);
            paragraphs.add("纠纷主要事实、争议事项：");
            paragraphs.add(d.agreementFacts() == null ? "" : d.agreementFacts());
            paragraphs.add("经调解，当事人自愿达成如下协议：");
            paragraphs.add(d.agreementTerms() == null ? "" : d.agreementTerms());
            paragraphs.add("履行方式：" + (d.performanceWay() == null ? "" : d.performanceWay()));
            paragraphs.add("履行期限：" + (d.performanceDue() == null ? "" : DATE.format(d.performanceDue())) + " 前履行完毕。");
            paragraphs.add("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效"
                    + "（《中华人民共和国人民调解法》第二十九条）。当事人可以自协议生效之日起三十日内共同向人民法院申请司法确认（第三十三条）。"
                    + "本协议一式" + (partyLines.size() + 1) + "份，当事人、人民调解委员会各持一份。");
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            PDPageContentStream cs = new PDPageContentStream(doc, page);
            try {
                float y = a4.getHeight() - MARGIN;
                String title = "人民调解协议书";
                text(cs, f, 22, (a4.getWidth() - f.getStringWidth(title) / 1000 * 22) / 2, y, title);
                y -= 40;
                for (String p : paragraphs) {
                    for (String line : ChinesePdfFont.wrap(f, p, width, 12, 0)) {
                        if (y < MARGIN + 20) {
                            cs.close();
                            page = new PDPage(a4);
                            doc.addPage(page);
                            cs = new PDPageContentStream(doc, page);
                            y = a4.getHeight() - MARGIN;
                        }
                        text(cs, f, 12, MARGIN, y, line);
                        y -= 20;
                    }
                }
                List<String> signing = new ArrayList<>();
                for (DisputeView.PartyView p : d.parties()) {
                    signing.add("当事人（签名、盖章或按指印）：" + p.name() + "  ______________");
                }
                signing.add("人民调解员（签名）：______________");
                signing.add((d.committeeName() == null ? d.holderName() + " 人民调解组织" : d.committeeName()) + "（印章）");
                signing.add("日期：" + (d.effectiveOn() == null ? "____年__月__日" : DATE.format(d.effectiveOn())));
                y -= 16;
                for (String s : signing) {
                    if (y < MARGIN) {
                        cs.close();
                        page = new PDPage(a4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = a4.getHeight() - MARGIN;
                    }
                    text(cs, f, 12, MARGIN, y, s);
                    y -= 24;
                }
            } finally {
                cs.close();
            }
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDType0Font f, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s.replaceAll("\\p{Cntrl}", " "));
        cs.endText();
    }
}
