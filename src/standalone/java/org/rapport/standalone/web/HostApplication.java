package org.rapport.standalone.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** SAL's ApplicationProperties and LoginUriProvider for the host at its base URL. */
public final class HostApplication implements ApplicationProperties, LoginUriProvider {
    private final String baseUrl;
    private final String contextPath;

    public HostApplication(String baseUrl, String contextPath) {
        this.baseUrl = baseUrl;
        this.contextPath = contextPath;
    }

    @Override
    public String getBaseUrl(UrlMode mode) {
        return mode == UrlMode.RELATIVE || mode == UrlMode.RELATIVE_CANONICAL ? contextPath : baseUrl;
    }

    @Override
    public String getDisplayName() {
        return "Rapport standalone host";
    }

    @Override
    public String getPlatformId() {
        return "jira";
    }

    /** The login page with the page to return to, like Jira's {@code login.jsp?os_destination=}. */
    @Override
    public URI getLoginUri(URI returnUri) {
        String destination = returnUri == null ? "/" : returnUri.toString();
        return URI.create(contextPath + "/login.jsp?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }
}
