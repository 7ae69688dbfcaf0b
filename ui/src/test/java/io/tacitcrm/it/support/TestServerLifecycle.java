package io.tacitcrm.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the server under test (if a test started it) when the JUnit launcher session closes. */
public class TestServerLifecycle implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            TestServer.stopIfStarted();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the server under test", e);
        }
    }
}
