package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * satisfaction-summary settings ({@code satops.satisfaction.*}); defaults in application.yml,
 * each explained in jobs/satisfaction-summary.md.
 *
 * @param keywords   words of a free-text reason and the category each one means; the leftmost found wins
 * @param topReasons how many of the most frequent reasons the mail names
 */
@ConfigurationProperties("satops.satisfaction")
public record SatisfactionSettings(Map<ReasonCategory, List<String>> keywords, int topReasons) {

    public SatisfactionSettings {
        keywords = keywords == null ? Map.of() : keywords;
        if (topReasons < 0) {
            throw new IllegalArgumentException("satops.satisfaction.top-reasons must be 0 or more");
        }
    }
}
