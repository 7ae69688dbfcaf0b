package io.tacitcrm.knowledge.ui;

import io.tacitcrm.api.CrmModule;
import io.tacitcrm.api.MenuEntry;
import io.tacitcrm.api.ModulePermission;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** The knowledge base as the host sees it: its name and its menu entry. */
@Extension
public class KnowledgeModule implements CrmModule {

    public static final String ID = "knowledge";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return new Texts(locale).get("module.name");
    }

    @Override
    public String description(Locale locale) {
        return new Texts(locale).get("module.description");
    }

    @Override
    public List<MenuEntry> menu(Locale locale) {
        return List.of(new MenuEntry("articles", new Texts(locale).get("module.menu")));
    }

    /** Publishing and archiving articles; by default the sales directors' (and so everyone above them). */
    @Override
    public List<ModulePermission> permissions(Locale locale) {
        return List.of(new ModulePermission(KnowledgeBase.PUBLISH, new Texts(locale).get("permission.publish"),
                List.of("Sales Director", "销售总监")));
    }
}
