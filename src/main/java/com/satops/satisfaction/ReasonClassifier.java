package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import com.satops.common.text.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an unsatisfied answer is about (FORMATS §5): the 原因分类 the agency gave;
 * else the category of the keyword that appears leftmost in the owner's words
 * (at the same place the longer keyword wins, then the one configured first);
 * else OTHER. Keywords match after full-width folding, ignoring letter case.
 */
public final class ReasonClassifier {

    private record Keyword(String text, ReasonCategory category) {
    }

    private final List<Keyword> keywords;

    public ReasonClassifier(Map<ReasonCategory, List<String>> keywordsByCategory) {
        List<Keyword> all = new ArrayList<>();
        keywordsByCategory.forEach((category, words) -> {
            for (String word : words == null ? List.<String>of() : words) {
                String text = normalize(word);
                if (!text.isEmpty()) {
                    all.add(new Keyword(text, category));
                }
            }
        });
        this.keywords = List.copyOf(all);
    }

    /** The category an unsatisfied response counts under. */
    public ReasonCategory classify(ReasonCategory given, String reason) {
        return given != null ? given : byKeyword(reason).orElse(ReasonCategory.OTHER);
    }

    /** The category of the leftmost keyword in the reason, if any keyword appears. */
    public Optional<ReasonCategory> byKeyword(String reason) {
        String text = normalize(reason);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Keyword best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Keyword keyword : keywords) {
            int at = text.indexOf(keyword.text());
            if (at < 0) {
                continue;
            }
            if (at < bestAt || (at == bestAt && keyword.text().length() > best.text().length())) {
                best = keyword;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best).map(Keyword::category);
    }

    private static String normalize(String text) {
        return TextFolding.fold(text).toLowerCase(Locale.ROOT);
    }
}
