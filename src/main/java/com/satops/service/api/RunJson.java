package com.satops.service.api;

import com.satops.service.RunView;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A run as the API answers it: the run summary's fields (FORMATS §3) with the run's times beside them. */
final class RunJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunJson() {
    }

    static Map<String, Object> of(RunView run, boolean detail) {
        Map<String, Object> json = new LinkedHashMap<>(JSON.convertValue(run.summary(),
                new TypeReference<Map<String, Object>>() { }));
        json.put("startedAt", run.startedAt());
        json.put("endedAt", run.endedAt());
        json.put("durationSeconds", run.durationSeconds());
        json.put("leftByDeadProcess", run.leftByDeadProcess());
        if (detail) {
            json.put("steps", run.steps());
            json.put("issues", run.issues());
        }
        return json;
    }
}
