package com.satops.common.run.remote;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partition request on the wire: {@code {"stepName": ..., "stepExecutionId": ...}} as UTF-8
 * JSON, readable by any worker version and by an operator browsing the queue, where Java
 * serialization would tie both ends to one class layout.
 */
final class PartitionRequestCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PartitionRequestCodec() {
    }

    static byte[] encode(StepExecutionRequest request) {
        return JSON.writeValueAsBytes(Map.of("stepName", request.getStepName(),
                "stepExecutionId", request.getStepExecutionId()));
    }

    static StepExecutionRequest decode(byte[] body) {
        JsonNode node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        return new StepExecutionRequest(node.get("stepName").asString(), node.get("stepExecutionId").asLong());
    }
}
