package org.twofold.web.signin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.twofold.service.account.OwnApps;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.service.factor.EnrolmentLinkService;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.PendingSignInView;
import org.twofold.web.account.SecurityPageSession;
import org.twofold.web.security.SignInSession;

/**
 * The enrolment QR code as a PNG, drawn here (never by a third-party service) for the
 * pending sign-in of this session, for the app set up through an emailed link opened
 * in this session, or for the app a signed-in user is adding on the Security page. The URL carries nothing secret; the response is
 * never cached.
 */
@WebServlet("/signin/qr.png")
public class QrCodeServlet extends HttpServlet {

    private static final int MODULE_PIXELS = 6;

    @Inject
    private PendingSignInView pendingView;

    @Inject
    private EnrolmentLinkService links;

    @Inject
    private SettingsService settings;

    @Inject
    private OwnApps apps;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        Optional<EnrolmentDetails> details = SignInSession.pendingToken(request)
                .flatMap(token -> pendingView.enrolmentDetails(token, Instant.now()))
                .or(() -> LinkEnrolmentBean.factorOf(request)
                        .flatMap(id -> links.details(id, settings.current().getOtpIssuer())))
                .or(() -> SignInSession.username(request).flatMap(username -> SecurityPageSession.newAppId(request)
                        .flatMap(id -> apps.details(username, id))));
        if (details.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BufferedImage image;
        try {
            image = draw(details.get().keyUri());
        } catch (WriterException e) {
            // The exception would not carry the URI, but say nothing of it either way.
            throw new IllegalStateException("QR code could not be drawn");
        }
        response.setContentType("image/png");
        ImageIO.write(image, "png", response.getOutputStream());
    }

    static BufferedImage draw(String text) throws WriterException {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        int size = matrix.getWidth() * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
