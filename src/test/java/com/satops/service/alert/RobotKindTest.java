package com.satops.service.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotKindTest {

    @Test
    void dingTalkSignsTimestampAndSecretAndWeComTakesTheUrlAsItIs() {
        AlertProperties.Robot ding = new AlertProperties.Robot("https://oapi.dingtalk.com/robot/send?access_token=t",
                "SECabc", null);
        String url = RobotKind.DINGTALK.url(ding, 1_700_000_000_000L);
        assertThat(url).startsWith("https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000000&sign=");
        assertThat(RobotKind.sign(1_700_000_000_000L, "SECabc")).isEqualTo(RobotKind.sign(1_700_000_000_000L,
                "SECabc")).hasSize(44);
        AlertProperties.Robot wecom = new AlertProperties.Robot("https://qyapi.weixin.qq.com/x?key=k", null, "XXHY");
        assertThat(RobotKind.WECOM.url(wecom, 1L)).isEqualTo(wecom.url());
        assertThat(RobotKind.WECOM.body("t", "m").toString()).contains("msgtype=markdown");
    }
}
