package org.shegong.petition;

import java.util.Locale;
import org.shegong.InvalidInput;

/**
 * Material handed in with a petition: a PDF, JPEG or PNG of at most {@value #MAX_BYTES} bytes, its type
 * checked by content, not by the name given.
 */
public record Attachment(String filename, String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_PER_PETITION = 20;

    /** Checks the content and names the type; refuses anything that is not a PDF, JPEG or PNG. */
    public static Attachment of(String filename, byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new InvalidInput("file", "petition.attachment.size", MAX_BYTES / 1024 / 1024);
        }
        String type;
        if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) {
            type = "application/pdf";
        } else if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            type = "image/jpeg";
        } else if (starts(bytes, 0x89, 0x50, 0x4E, 0x47)) {
            type = "image/png";
        } else {
            throw new InvalidInput("file", "petition.attachment.type");
        }
        String name = filename == null || filename.isBlank() ? "attachment" : filename.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return new Attachment(name.toLowerCase(Locale.ROOT).endsWith(extension(type)) ? name : name + extension(type), type, bytes);
    }

    private static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
