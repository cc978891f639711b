package com.satops.common.inbox.kind;

import com.satops.common.text.IntegerValues;
import com.satops.common.text.ValueException;

/** Survey and visit scores are whole numbers 1–5. */
final class ScoreValues {

    private ScoreValues() {
    }

    static Integer parse(String value) {
        int score;
        try {
            score = IntegerValues.parse(value);
        } catch (ValueException e) {
            throw new ValueException("score must be an integer 1-5");
        }
        if (score < 1 || score > 5) {
            throw new ValueException("score must be an integer 1-5");
        }
        return score;
    }
}
