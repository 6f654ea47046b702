package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhotoUnitTests {

    static byte[] png() {
        return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
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
