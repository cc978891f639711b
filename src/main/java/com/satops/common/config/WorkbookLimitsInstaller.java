package com.satops.common.config;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Sets the workbook limits before any step opens a workbook: POI keeps them in static fields. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkbookLimits.class)
public class WorkbookLimitsInstaller implements InitializingBean {

    private final WorkbookLimits limits;

    public WorkbookLimitsInstaller(WorkbookLimits limits) {
        this.limits = limits;
    }

    @Override
    public void afterPropertiesSet() {
        limits.install();
    }
}
