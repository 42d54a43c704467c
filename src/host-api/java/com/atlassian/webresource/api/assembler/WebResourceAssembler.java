package com.atlassian.webresource.api.assembler;

/** Compile-time stand-in: the members Rapport calls. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
