package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;

class StageGroupsTest {

    @Test
    void theGroupsHoldEveryKindOnceInFormatsOrder() {
        assertThat(InboxImportConfiguration.STAGE_GROUPS.stream().flatMap(Collection::stream).toList())
                .containsExactly(InboxKind.values());
    }
}
