package io.tacitcrm.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link TacitHost} (started on first use, shared by the whole run, stopped at its end) and a fresh
 * {@link Company} each. Use it through {@link TacitPluginTest}.
 */
public final class TacitHostExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace KIT = ExtensionContext.Namespace.create(TacitHostExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TacitHost.class || type == Company.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TacitHost host = host(context);
        if (parameter.getParameter().getType() == TacitHost.class) {
            return host;
        }
        return host.newCompany(context.getTestMethod().map(m -> m.getName()).orElse("kit"));
    }

    private static TacitHost host(ExtensionContext context) {
        Running running = context.getRoot().getStore(KIT).getOrComputeIfAbsent(Running.class, type -> {
            try {
                return new Running(TacitHost.start());
            } catch (Exception e) {
                throw new ParameterResolutionException("Could not start the Tacit test host: " + e.getMessage(), e);
            }
        }, Running.class);
        return running.host();
    }

    /** The host as a resource of the run: JUnit closes it when the run ends. */
    private record Running(TacitHost host) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            host.close();
        }
    }
}
