package com.satops.service.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.net.URLEncoder;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The two group robots and the markdown message each takes. */
public enum RobotKind {

    /** 企业微信群机器人: {"msgtype":"markdown","markdown":{"content":...}}. */
    WECOM {
        @Override
        Map<String, Object> body(String title, String markdown) {
            return Map.of("msgtype", "markdown", "markdown", Map.of("content", "## " + title + "\n" + markdown));
        }
    },
    /** 钉钉群机器人: {"msgtype":"markdown","markdown":{"title":...,"text":...}}, signed when it has a secret. */
    DINGTALK {
        @Override
        Map<String, Object> body(String title, String markdown) {
            return Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text",
                    "## " + title + "\n" + markdown));
        }

        @Override
        String url(AlertProperties.Robot robot, long epochMillis) {
            if (robot.secret() == null || robot.secret().isBlank()) {
                return robot.url();
            }
            return robot.url() + (robot.url().contains("?") ? "&" : "?") + "timestamp=" + epochMillis
                    + "&sign=" + URLEncoder.encode(sign(epochMillis, robot.secret()), StandardCharsets.UTF_8);
        }
    };

    abstract Map<String, Object> body(String title, String markdown);

    String url(AlertProperties.Robot robot, long epochMillis) {
        return robot.url();
    }

    /** DingTalk's signature: Base64 of HMAC-SHA256 over "timestamp\nsecret", keyed by the secret. */
    static String sign(long epochMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((epochMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
