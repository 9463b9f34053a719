package dev.atrium.core.print;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.TestTenant;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Gives a test tenant the company details a letterhead prints, through Setup → Company's API as its owner would. */
final class PrintingCompanies {

    private PrintingCompanies() {
    }

    static void describe(MockMvc mvc, TestTenant tenant, String name, String legalName, String address, String taxId)
            throws Exception {
        String body = """
                {"name": %s, "legalName": %s, "address": %s, "taxId": %s, "defaultCurrency": "EUR",
                 "locale": "en-GB", "timeZone": "Europe/Paris", "fiscalYearMonth": 1, "fiscalYearDay": 1}"""
                .formatted(json(name), json(legalName), json(address), json(taxId));
        mvc.perform(put("/api/v1/company").header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    static void uploadLogo(MockMvc mvc, TestTenant tenant) throws Exception {
        mvc.perform(put("/api/v1/company/logo").header("Authorization", tenant.bearer())
                .contentType(MediaType.IMAGE_PNG).content(logo())).andExpect(status().is2xxSuccessful());
    }

    /** A wordmark as a small company's logo might be: a coloured mark and the name beside it. */
    static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(480, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(new Color(0x1d4ed8));
            graphics.fillRoundRect(0, 10, 120, 120, 28, 28);
            graphics.setColor(Color.WHITE);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 84));
            graphics.drawString("A", 30, 100);
            graphics.setColor(new Color(0x1f2937));
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
            graphics.drawString("Acme", 145, 98);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                + "\"";
    }
}
