package com.atlassian.sal.api.lifecycle;

/**
 * Compile-time stand-in (SAL): a plugin component exported as this service is told when the host
 * application and the plugin are fully started ({@code onStart}) and when the plugin stops
 * ({@code onStop}, since SAL 3.0). Both abstract methods are declared, as the plugin implements it.
 */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
