package com.atlassian.sal.api;

/** Compile-time stand-in (SAL): the methods Rapport calls. */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    String getPlatformId();
}
