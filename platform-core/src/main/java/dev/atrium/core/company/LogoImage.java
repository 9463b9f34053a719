package dev.atrium.core.company;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded logo, checked and re-encoded. Whatever the file's name or declared type, only bytes that a PNG,
 * JPEG or GIF reader recognises are read; the dimensions are read from the header before any pixel is decoded,
 * so a small file claiming a huge image is refused before it costs memory. The result is a fresh PNG of the
 * decoded pixels: nothing of the upload but its pixels survives (no metadata, no trailing bytes, no script).
 */
record LogoImage(byte[] png, int width, int height) {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_SIDE = 2000;

    private static final Set<String> RASTER_FORMATS = Set.of("png", "jpeg", "gif");

    /** Why an upload is not a logo. */
    enum Refusal {
        EMPTY, TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS
    }

    static final class RefusedException extends RuntimeException {

        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }

    static LogoImage from(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new RefusedException(Refusal.EMPTY);
        }
        if (upload.length > MAX_BYTES) {
            throw new RefusedException(Refusal.TOO_LARGE);
        }
        BufferedImage decoded = decode(upload);
        BufferedImage clean = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_ARGB);
        var graphics = clean.createGraphics();
        try {
            graphics.drawImage(decoded, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(clean, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LogoImage(png.toByteArray(), clean.getWidth(), clean.getHeight());
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    if (!RASTER_FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    reader.setInput(input, true, true);
                    int width = reader.getWidth(0);
                    int height = reader.getHeight(0);
                    if (width <= 0 || height <= 0) {
                        throw new RefusedException(Refusal.NOT_AN_IMAGE);
                    }
                    if (width > MAX_SIDE || height > MAX_SIDE) {
                        throw new RefusedException(Refusal.TOO_MANY_PIXELS);
                    }
                    BufferedImage image = reader.read(0);
                    if (image == null) {
                        throw new RefusedException(Refusal.NOT_AN_IMAGE);
                    }
                    return image;
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException refused) {
                throw refused;
            }
            // A reader that chokes on broken bytes says only that this is not an image we can read.
            throw new RefusedException(Refusal.NOT_AN_IMAGE);
        }
        throw new RefusedException(Refusal.NOT_AN_IMAGE);
    }
}
