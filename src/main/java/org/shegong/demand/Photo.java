package org.shegong.demand;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.shegong.InvalidInput;

/** A photo attached to a demand: JPEG, PNG or WebP, recognised by its first bytes (never by name or header). */
public record Photo(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_PER_DEMAND = 3;
    /** Long side of a re-encoded photo, enough to see a broken manhole cover. */
    public static final int MAX_SIDE = 1600;
    /** Larger images are refused before decoding: a small file can declare a picture that would fill the heap. */
    public static final long MAX_PIXELS = 50_000_000L;

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

    /**
     * For anonymous uploads: decoded, downscaled to at most {@value #MAX_SIDE} px on the long side and written
     * afresh (JPEG stays JPEG at quality 0.85, PNG stays PNG), which also drops metadata such as the EXIF location
     * and anything appended to the picture. The JDK has no WebP codec, so WebP is kept as sent (size-checked).
     */
    public static Photo reencoded(byte[] bytes, int position) {
        Photo sent = of(bytes, position);
        if (sent.contentType().equals("image/webp")) {
            return sent;
        }
        boolean png = sent.contentType().equals("image/png");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInput("photos", "demand.photo.notImage", position);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new InvalidInput("photos", "demand.photo.tooManyPixels", position, MAX_PIXELS / 1_000_000);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / MAX_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage read = reader.read(0, param);
                double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(read.getWidth(), read.getHeight()));
                int w = Math.max(1, (int) Math.round(read.getWidth() * scale));
                int h = Math.max(1, (int) Math.round(read.getHeight() * scale));
                BufferedImage out = new BufferedImage(w, h, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
                Graphics2D g = out.createGraphics();
                try {
                    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    if (!png) {
                        g.setColor(Color.WHITE);
                        g.fillRect(0, 0, w, h);
                    }
                    g.drawImage(read, 0, 0, w, h, null);
                } finally {
                    g.dispose();
                }
                return new Photo(sent.contentType(), png ? writePng(out) : writeJpeg(out));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("photos", "demand.photo.notImage", position);
        }
    }

    private static byte[] writePng(BufferedImage image) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ImageIO.write(image, "png", buffer);
        return buffer.toByteArray();
    }

    private static byte[] writeJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(buffer)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return buffer.toByteArray();
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
