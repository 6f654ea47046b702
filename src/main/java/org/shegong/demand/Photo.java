package org.shegong.demand;

import org.shegong.InvalidInput;

/** A photo attached to a demand: JPEG, PNG or WebP, recognised by its first bytes (never by name or header). */
public record Photo(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_PER_DEMAND = 3;

    /** Checks size and content; an unknown or oversized file is refused with the file's position. */
    public static Photo of(byte[] bytes, int position) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("photos", "demand.photo.tooLarge", position, 10);
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new InvalidInput("photos", "demand.photo.notImage", position);
        }
        return new Photo(type, bytes);
    }

    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
