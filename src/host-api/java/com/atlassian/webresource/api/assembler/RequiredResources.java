package com.atlassian.webresource.api.assembler;

/** Compile-time stand-in: the members Rapport calls. */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
