package com.satops.common.run;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The projects an ERP roster has listed, so a run for another one is refused by name. */
@Mapper
public interface KnownProjectsMapper {

    /** Those of {@code codes} that are known projects. */
    List<String> known(@Param("codes") List<String> codes);

    /** Every known project code, in code order. */
    List<String> all();

    /** Households per project, for spreading projects over partitions. */
    List<ProjectHouseholds> householdCounts();
}
