package com.atlassian.webresource.api.assembler;

/** Compile-time stand-in: the request's web-resource assembler. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
