package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoUnitTests {

    static byte[] png() {
        return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    }

    /** A decodable picture of the given size in the given ImageIO format ("png", "jpeg"). */
    static byte[] picture(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] realPng() {
        return picture("png", 40, 30);
    }

    @Test
    void anAnonymousPhotoIsDownscaledToSixteenHundredPixelsAndWrittenAfreshWithoutWhatWasAppended() throws IOException {
        byte[] sent = picture("jpeg", 4000, 3000);
        byte[] withTail = new byte[sent.length + 32];
        System.arraycopy(sent, 0, withTail, 0, sent.length);
        System.arraycopy("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), 0, withTail, sent.length, 25);

        Photo stored = Photo.reencoded(withTail, 1);

        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
        assertThat(back.getWidth()).isEqualTo(Photo.MAX_SIDE);
        assertThat(back.getHeight()).isEqualTo(1200);
        assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
    }

    @Test
    void aSmallPngStaysAPngOfTheSameSize() throws IOException {
        Photo stored = Photo.reencoded(realPng(), 1);
        assertThat(stored.contentType()).isEqualTo("image/png");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
        assertThat(back.getWidth()).isEqualTo(40);
        assertThat(back.getHeight()).isEqualTo(30);
    }

    @Test
    void aPictureDeclaringMoreThanFiftyMegapixelsIsRefusedBeforeDecodingAndAHeaderAloneIsNoImage() {
        assertThatThrownBy(() -> Photo.reencoded(pngHeader(10_000, 5_001), 2)).hasMessageContaining("demand.photo.tooManyPixels");
        assertThatThrownBy(() -> Photo.reencoded(png(), 1)).hasMessageContaining("demand.photo.notImage");
    }

    /** A PNG signature and a valid IHDR chunk for a picture of the given size, without any pixel data. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer file = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        file.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        CRC32 end = new CRC32();
        end.update("IEND".getBytes(StandardCharsets.US_ASCII));
        file.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt((int) end.getValue());
        return file.array();
    }

    @Test
    void recognisesJpegPngAndWebpByTheirFirstBytes() {
        assertThat(Photo.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 }, 1).contentType())
                .isEqualTo("image/jpeg");
        assertThat(Photo.of(png(), 1).contentType()).isEqualTo("image/png");
        assertThat(Photo.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 1).contentType()).isEqualTo("image/webp");
    }

    @Test
    void refusesAGifATextFileNamedJpgAndAnythingOverTenMegabytes() {
        assertThatThrownBy(() -> Photo.of("GIF89a....".getBytes(StandardCharsets.US_ASCII), 2)).hasMessageContaining("demand.photo.notImage");
        assertThatThrownBy(() -> Photo.of("不是图片".getBytes(StandardCharsets.UTF_8), 1)).hasMessageContaining("demand.photo.notImage");
        byte[] big = new byte[Photo.MAX_BYTES + 1];
        System.arraycopy(png(), 0, big, 0, 8);
        assertThatThrownBy(() -> Photo.of(big, 3)).hasMessageContaining("demand.photo.tooLarge");
        byte[] exactly = new byte[Photo.MAX_BYTES];
        System.arraycopy(png(), 0, exactly, 0, 8);
        assertThat(Photo.of(exactly, 1).bytes()).hasSize(Photo.MAX_BYTES);
    }
}
