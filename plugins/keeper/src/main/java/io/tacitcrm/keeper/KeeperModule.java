package io.tacitcrm.keeper;

import io.tacitcrm.api.CrmModule;
import java.util.Locale;
import org.pf4j.Extension;

/** A plugin that keeps notes, released twice: the second release adds a migration. */
@Extension
public class KeeperModule implements CrmModule {

    @Override
    public String id() {
        return "keeper";
    }

    @Override
    public String name(Locale locale) {
        return "Keeper (tests)";
    }
}
