package se.motesplats.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes as a camera sees them: read from a screenshot, or filmed into a video for a fake camera. */
public final class QrCodes {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int FRAMES = 15;

    private QrCodes() {
    }

    /** The text of the only QR code in a screenshot of it. */
    public static String read(byte[] png) throws IOException, NotFoundException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))), Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
    }

    /**
     * A short Y4M video (what Chromium's fake camera plays, in a loop) of a phone held over the code: the
     * QR code in the middle of a white picture, in the 4:2:0 colour format with grey colour planes.
     */
    public static Path filmed(String text) {
        try {
            BitMatrix code = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 360, 360, Map.of());
            byte[] luma = new byte[WIDTH * HEIGHT];
            Arrays.fill(luma, (byte) 235);
            int left = (WIDTH - code.getWidth()) / 2;
            int top = (HEIGHT - code.getHeight()) / 2;
            for (int y = 0; y < code.getHeight(); y++) {
                for (int x = 0; x < code.getWidth(); x++) {
                    if (code.get(x, y)) {
                        luma[(top + y) * WIDTH + left + x] = 16;
                    }
                }
            }
            byte[] chroma = new byte[WIDTH * HEIGHT / 4];
            Arrays.fill(chroma, (byte) 128);
            Path video = Files.createTempFile("qr-camera", ".y4m");
            try (OutputStream out = Files.newOutputStream(video)) {
                out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F15:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
                for (int frame = 0; frame < FRAMES; frame++) {
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(luma);
                    out.write(chroma);
                    out.write(chroma);
                }
            }
            video.toFile().deleteOnExit();
            return video;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
