package com.satops.common.domain;

import com.satops.common.text.TextFolding;
import com.satops.common.text.ValueException;

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
            return switch (folded) {
                case "4", "5" -> SATISFIED;
                case "3" -> FAIR;
                case "1", "2" -> DISSATISFIED;
                default -> throw new ValueException("inbox.value.integerOutOfRange", 1, 5, folded);
            };
        }
        return Labels.parse(ReturnVisitRating.class, value);
    }
}
