package com.atlassian.sal.api;

/** Compile-time stand-in (SAL). */
public enum UrlMode {
    CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO
}
