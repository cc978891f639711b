package com.satops.satisfaction;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an opaque RGB image as a PNG (8-bit truecolour, no alpha) straight from
 * its pixel array. ImageIO's PNG writer copies the whole raster and then every row
 * again before deflating: measured at a thousand charts a month, 2 GB of short-lived
 * arrays, the largest part of satisfaction-summary's garbage and so of its peak heap.
 * Each row is filtered Sub (each byte less the pixel's to its left) or Up (less the
 * pixel's above), whichever leaves the smaller bytes, as PNG encoders commonly
 * choose: both turn a chart's runs of one colour into zeros.
 */
final class OpaquePng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IDAT_BYTES = 32 * 1024;
    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = 2;
    private static final int RGB_BYTES = 3;

    private OpaquePng() {
    }

    /** {@code image} must be {@link BufferedImage#TYPE_INT_RGB}; {@code level} is deflate's 0–9. */
    static void write(BufferedImage image, int level, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("not an opaque RGB image: type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        DataOutputStream png = new DataOutputStream(out);
        png.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] {8, 2, 0, 0, 0}); // bit depth 8, truecolour, deflate, adaptive filters, no interlace
        chunk(png, "IHDR", header.toByteArray(), 0, header.size());

        Deflater deflater = new Deflater(level);
        try (DeflaterOutputStream idat = new DeflaterOutputStream(
                new BufferedOutputStream(new IdatChunks(png), IDAT_BYTES), deflater, IDAT_BYTES)) {
            int rowBytes = width * RGB_BYTES;
            byte[] above = new byte[rowBytes];
            byte[] current = new byte[rowBytes];
            byte[] sub = new byte[1 + rowBytes];
            byte[] up = new byte[1 + rowBytes];
            sub[0] = FILTER_SUB;
            up[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                for (int x = 0, at = 0; x < width; x++, at += RGB_BYTES) {
                    int rgb = pixels[y * width + x];
                    current[at] = (byte) (rgb >> 16);
                    current[at + 1] = (byte) (rgb >> 8);
                    current[at + 2] = (byte) rgb;
                }
                long subCost = 0;
                long upCost = 0;
                for (int i = 0; i < rowBytes; i++) {
                    byte left = i < RGB_BYTES ? 0 : current[i - RGB_BYTES];
                    sub[i + 1] = (byte) (current[i] - left);
                    up[i + 1] = (byte) (current[i] - above[i]);
                    subCost += Math.abs(sub[i + 1]);
                    upCost += Math.abs(up[i + 1]);
                }
                idat.write(subCost <= upCost ? sub : up);
                byte[] done = above;
                above = current;
                current = done;
            }
        } finally {
            deflater.end();
        }
        chunk(png, "IEND", new byte[0], 0, 0);
        png.flush();
    }

    private static void chunk(DataOutputStream png, String type, byte[] data, int offset, int length)
            throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, offset, length);
        png.writeInt(length);
        png.write(name);
        png.write(data, offset, length);
        png.writeInt((int) crc.getValue());
    }

    /**
     * Each write of the deflated stream as one IDAT chunk; a buffer in front keeps the chunks full-sized.
     * Closing it does not close the file.
     */
    private static final class IdatChunks extends OutputStream {

        private final DataOutputStream png;

        IdatChunks(DataOutputStream png) {
            this.png = png;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > 0) {
                chunk(png, "IDAT", bytes, offset, length);
            }
        }
    }
}
