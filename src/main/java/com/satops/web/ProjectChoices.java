package com.satops.web;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The projects a run form offers: every project an ERP roster has listed. */
@Mapper
public interface ProjectChoices {

    record Project(String code, String name) {
    }

    List<Project> projects();
}
