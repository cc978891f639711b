package com.satops.demo;

import java.util.List;

/**
 * Names for the demo projects. Codes are the pinyin initials of the estate's
 * name, as companies abbreviate them; beyond the list, later phases (二期, 三期…)
 * of the same estates follow, with the phase number on the code.
 */
final class ProjectCatalog {

    /** A project's code and Chinese name. */
    record ProjectName(String code, String name) {
    }

    private static final List<ProjectName> ESTATES = List.of(
            new ProjectName("XXHY", "星河湾"),
            new ProjectName("JDHY", "锦绣华庭"),
            new ProjectName("LHYY", "丽湖雅苑"),
            new ProjectName("BJHY", "碧景花园"),
            new ProjectName("YJHT", "御景华庭"),
            new ProjectName("HBYY", "海滨雅苑"),
            new ProjectName("JHMD", "江河名邸"),
            new ProjectName("CSGY", "城市公园"),
            new ProjectName("TYHF", "天悦豪府"),
            new ProjectName("ZJXC", "紫荆新城"),
            new ProjectName("GXHY", "桂香花园"),
            new ProjectName("SHMY", "山海名苑"));

    private static final String PHASES = "一二三四五六七八九";

    private ProjectCatalog() {
    }

    static ProjectName project(int index) {
        ProjectName estate = ESTATES.get(index % ESTATES.size());
        int phase = index / ESTATES.size() + 1;
        if (phase == 1) {
            return estate;
        }
        String phaseName = phase <= PHASES.length() ? PHASES.charAt(phase - 1) + "期" : phase + "期";
        return new ProjectName(estate.code() + phase, estate.name() + phaseName);
    }
}
