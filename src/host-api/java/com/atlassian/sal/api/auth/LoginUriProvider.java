package com.atlassian.sal.api.auth;

import java.net.URI;

/** Compile-time stand-in (SAL). */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
