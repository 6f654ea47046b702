package org.shegong.care;

import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/** A photo taken on a visit: JPEG, PNG or WebP recognised by its first bytes (never by name or header), at most 3 MB. */
public record VisitPhoto(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 3 * 1024 * 1024;

    public static VisitPhoto of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("photo", "care.photo.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new InvalidInput("photo", "care.photo.notImage");
        }
        return new VisitPhoto(type, bytes);
    }

    static @Nullable String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
                && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
