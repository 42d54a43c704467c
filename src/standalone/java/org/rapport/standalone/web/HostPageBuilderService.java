package org.rapport.standalone.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/** The request's web-resource assembler: remembers what the page requires for the decorator. */
public final class HostPageBuilderService implements PageBuilderService {
    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                RequestContext.current()
                        .orElseThrow(() -> new IllegalStateException("requireWebResource outside a request"))
                        .requiredResources().add(moduleCompleteKey);
                return this;
            }
        };
    }
}
