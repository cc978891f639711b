package com.satops.presampling;

import com.satops.common.domain.Labelled;

/**
 * What the pre-sampling clean-up decides for a household. The exclusions are
 * listed in the order they are tried: a household gets the first that applies.
 */
public enum FrameOutcome implements Labelled {

    NOT_DELIVERED("未交房"),
    NOT_OCCUPIED("未入住"),
    BLACK("黑色客户"),
    ELIGIBLE("可抽样");

    private final String label;

    FrameOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The figure that counts households with this outcome (FORMATS §3). */
    public String figure() {
        return this == ELIGIBLE ? "eligible" : "excluded." + name();
    }
}
