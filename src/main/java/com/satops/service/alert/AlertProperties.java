package com.satops.service.alert;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who hears of a failed run or a late firing: admins by mail (through the
 * outbox), and WeCom / DingTalk group robots. A robot without a project is the
 * company's and hears of everything; one with a project hears of runs of it.
 */
@ConfigurationProperties("satops.alerts")
public record AlertProperties(List<String> admins, Duration lateAfter, int robotMessagesPerMinute,
                              List<Robot> wecom, List<Robot> dingtalk) {

    public AlertProperties {
        admins = admins == null ? List.of() : List.copyOf(admins);
        wecom = wecom == null ? List.of() : List.copyOf(wecom);
        dingtalk = dingtalk == null ? List.of() : List.copyOf(dingtalk);
    }

    /** A group robot's webhook; {@code secret} is DingTalk's signing secret ("加签"), if set. */
    public record Robot(String url, String secret, String project) {
    }
}
