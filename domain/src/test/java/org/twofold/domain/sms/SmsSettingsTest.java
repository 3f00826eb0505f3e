package org.twofold.domain.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmsSettingsTest {

    private SmsSettings valid() {
        SmsSettings settings = new SmsSettings();
        settings.setGatewayUrl("https://sms.example.test/send");
        return settings;
    }

    @Test
    void theDefaultsAreValidAndRenderTheCode() {
        assertTrue(valid().problems().isEmpty());
        assertEquals("123456 is your sign-in code. It is valid for 10 minutes.", valid().render("123456", 10));
    }

    @Test
    void aTemplateWithoutTheCodeIsRefused() {
        SmsSettings settings = valid();
        settings.setMessageTemplate("Your code is on its way");
        assertEquals(List.of("sms.template.needsOtp"), settings.problems());
    }

    @Test
    void urlsParametersAndStaticNamesAreChecked() {
        SmsSettings settings = valid();
        settings.setGatewayUrl("ftp://sms.example.test");
        settings.setMessageParameter(" ");
        settings.setReceiverParameter("");
        settings.getStaticParameters().add(new SmsStaticParameter("key", "a", true));
        settings.getStaticParameters().add(new SmsStaticParameter("key", "b", false));
        settings.getStaticParameters().add(new SmsStaticParameter("", "c", false));
        assertEquals(List.of("sms.gatewayUrl.invalid", "sms.messageParameter.required", "sms.receiverParameter.required",
                "sms.staticParameter.duplicate", "sms.staticParameter.nameRequired"), settings.problems());
        settings.setGatewayUrl("not a url at all");
        assertTrue(settings.problems().contains("sms.gatewayUrl.invalid"));
    }

    @Test
    void noGatewayUrlMeansNotConfigured() {
        SmsSettings settings = new SmsSettings();
        assertTrue(!settings.isConfigured() && settings.problems().isEmpty());
    }
}
