package io.tacitcrm.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the server under test before Arquillian connects to it. Register it before {@code ArquillianExtension}.
 * Inside the container (where the build's {@code tacit.war} property is absent) it does nothing; the server is reached
 * reflectively so this class loads there without the launcher on the class path.
 */
public class RunningServer implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (System.getProperty("tacit.war") != null) {
            Class.forName("io.tacitcrm.it.support.TestServer").getMethod("get").invoke(null);
        }
    }
}
