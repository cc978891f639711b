package com.satops.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class OpaquePngTest {

    @Test
    void anImageReadsBackPixelForPixel() throws Exception {
        // given: flat areas, lines and noise, at a width that does not fill a whole deflate block
        BufferedImage image = whiteImage(761, 359);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1F, 0x6F, 0xB5));
        graphics.drawLine(0, 300, 760, 20);
        graphics.dispose();
        Random random = new Random(7);
        for (int y = 100; y < 180; y++) {
            for (int x = 0; x < 761; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }

        // when
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        OpaquePng.write(image, 2, png);

        // then
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(read.getWidth()).isEqualTo(761);
        assertThat(read.getHeight()).isEqualTo(359);
        for (int y = 0; y < 359; y++) {
            for (int x = 0; x < 761; x++) {
                assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                        .isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void aChartIsNoLargerThanImageIoWouldWriteIt() throws Exception {
        BufferedImage image = whiteImage(760, 360);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.DARK_GRAY);
        for (int x = 40; x < 760; x += 60) {
            graphics.drawString("2026-" + x, x, 340);
            graphics.drawLine(x, 330, x + 60, 40 + x % 90);
        }
        graphics.dispose();

        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        OpaquePng.write(image, 2, ours);
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ImageIO.write(image, "png", imageIo);

        assertThat(ours.size()).isLessThanOrEqualTo(imageIo.size() * 5 / 4);
    }

    @Test
    void anImageWithAlphaIsRefused() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);

        assertThatThrownBy(() -> OpaquePng.write(image, 2, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage whiteImage(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }
}
