package io.tacitcrm.misbehaving;

import io.tacitcrm.api.CrmModule;
import io.tacitcrm.api.MenuEntry;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

@Extension
public class MisbehavingModule implements CrmModule {

    @Override
    public String id() {
        return "misbehaving";
    }

    @Override
    public String name(Locale locale) {
        return "Misbehaving (tests)";
    }

    @Override
    public List<MenuEntry> menu(Locale locale) {
        return List.of(new MenuEntry("broken", "Broken view"));
    }
}
