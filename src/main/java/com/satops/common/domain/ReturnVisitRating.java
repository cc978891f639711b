package com.satops.common.domain;

import com.satops.common.text.ScoreValues;
import com.satops.common.text.TextFolding;

/** The owner's word at the return visit (回访评价): a label, a code, or a score 1–5. */
public enum ReturnVisitRating implements Labelled {

    SATISFIED("满意"),
    FAIR("基本满意"),
    DISSATISFIED("不满意");

    private final String label;

    ReturnVisitRating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** 4–5 SATISFIED, 3 FAIR, 1–2 DISSATISFIED; otherwise a label or code. */
    public static ReturnVisitRating parse(String value) {
        String folded = TextFolding.fold(value);
        if (folded.matches("\\d+")) {
            int score = ScoreValues.parse(folded);
            return score >= 4 ? SATISFIED : score == 3 ? FAIR : DISSATISFIED;
        }
        return Labels.parse(ReturnVisitRating.class, value);
    }
}
