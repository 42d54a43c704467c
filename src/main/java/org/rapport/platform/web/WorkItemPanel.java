package org.rapport.platform.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import org.rapport.platform.Actor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A web panel about one piece of work (a Jira issue) for a signed-in viewer: reads both through
 * the product's {@link PanelContext}, answers {@code hasIssue=false} when either is missing, and
 * leaves the rest to {@link #fill}. Panels take no parameters.
 */
public abstract class WorkItemPanel implements ContextProvider {
    private final PanelContext panels;

    protected WorkItemPanel(PanelContext panels) {
        this.panels = panels;
    }

    @Override
    public final void init(Map<String, String> params) throws PluginParseException {
        // No parameters: the panel reads everything from the page's context.
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        Optional<PanelContext.WorkItem> item = panels.workItem(context);
        Optional<String> viewer = panels.viewerKey(context);
        boolean shown = item.isPresent() && viewer.isPresent() && fill(result, item.get(), new Actor(viewer.get()));
        result.put("hasIssue", shown);
        return result;
    }

    /** Puts the panel's plain values; false when there is nothing to show for this item. */
    protected abstract boolean fill(Map<String, Object> result, PanelContext.WorkItem item, Actor viewer);
}
