package org.rapport.standalone.plugin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of {@code atlassian-plugin.xml} the host acts on, read as the products read them.
 * Anything malformed fails here, with the module named, rather than half-loading the plugin.
 */
public record PluginDescriptor(
        String key,
        String name,
        String version,
        Map<String, String> params,
        String i18nLocation,
        Ao ao,
        List<Rest> rest,
        List<Servlet> servlets,
        List<WebPanel> webPanels,
        List<WebItem> webItems,
        List<WebResource> webResources,
        List<String> velocityAllowlist) {

    public record Ao(String namespace, List<String> entities, List<String> upgradeTasks) {
    }

    public record Rest(String key, String path, String version, List<String> packages) {
        /** The URL prefix of the module, as the products mount it: {@code /rest/PATH/VERSION}. */
        public String mountPath() {
            return "/rest" + path + "/" + version;
        }
    }

    public record Servlet(String key, String className, List<String> urlPatterns) {
    }

    /** A web panel; {@code labelKey} is the i18n key of its {@code <label>}, null when it has none. */
    public record WebPanel(String key, String location, int weight, String contextProvider, String viewTemplate, String labelKey) {
    }

    /**
     * A web item; {@code conditionClass} names its {@code <condition class>}, null when it has none,
     * and {@code conditionParams} are that condition's {@code <param name>} values (given to its init).
     */
    public record WebItem(String key, String section, int weight, String labelKey, String link, String linkId,
                          String conditionClass, Map<String, String> conditionParams) {
    }

    public record WebResource(String key, List<String> dependencies, List<Resource> resources, boolean jsI18n,
                              List<String> contexts) {
    }

    public record Resource(String name, String location) {
    }

    public static PluginDescriptor parse(InputStream xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(xml);
            Element root = doc.getDocumentElement();
            if (!"atlassian-plugin".equals(root.getTagName())) {
                throw new PluginLoadException("atlassian-plugin.xml: root element must be <atlassian-plugin>");
            }
            Element info = required(root, "plugin-info", "plugin-info");
            Map<String, String> params = new LinkedHashMap<>();
            for (Element param : children(info, "param")) {
                params.put(param.getAttribute("name"), param.getTextContent().trim());
            }
            String i18n = children(root, "resource").stream()
                    .filter(r -> "i18n".equals(r.getAttribute("type")))
                    .map(r -> r.getAttribute("location"))
                    .findFirst().orElse(null);
            return new PluginDescriptor(
                    attribute(root, "key", "atlassian-plugin"),
                    root.getAttribute("name"),
                    text(required(info, "version", "plugin-info")),
                    params,
                    i18n,
                    ao(root),
                    children(root, "rest").stream().map(PluginDescriptor::rest).toList(),
                    children(root, "servlet").stream().map(PluginDescriptor::servlet).toList(),
                    children(root, "web-panel").stream().map(PluginDescriptor::webPanel).toList(),
                    children(root, "web-item").stream().map(PluginDescriptor::webItem).toList(),
                    children(root, "web-resource").stream().map(PluginDescriptor::webResource).toList(),
                    children(root, "velocity-allowlist").stream()
                            .flatMap(a -> children(a, "method").stream().map(PluginDescriptor::text)).toList());
        } catch (PluginLoadException e) {
            throw e;
        } catch (Exception e) {
            throw new PluginLoadException("atlassian-plugin.xml cannot be read: " + e.getMessage(), e);
        }
    }

    public Optional<WebResource> webResource(String moduleKey) {
        return webResources.stream().filter(w -> w.key().equals(moduleKey)).findFirst();
    }

    private static Ao ao(Element root) {
        List<Element> aos = children(root, "ao");
        if (aos.isEmpty()) {
            return new Ao(null, List.of(), List.of());
        }
        Element ao = aos.get(0);
        return new Ao(attribute(ao, "namespace", "ao"),
                children(ao, "entity").stream().map(PluginDescriptor::text).toList(),
                children(ao, "upgradeTask").stream().map(PluginDescriptor::text).toList());
    }

    private static Rest rest(Element e) {
        String key = attribute(e, "key", "rest");
        return new Rest(key, attribute(e, "path", "rest " + key), attribute(e, "version", "rest " + key),
                children(e, "package").stream().map(PluginDescriptor::text).toList());
    }

    private static Servlet servlet(Element e) {
        String key = attribute(e, "key", "servlet");
        List<String> patterns = children(e, "url-pattern").stream().map(PluginDescriptor::text).toList();
        if (patterns.isEmpty()) {
            throw new PluginLoadException("servlet " + key + " has no <url-pattern>");
        }
        return new Servlet(key, attribute(e, "class", "servlet " + key), patterns);
    }

    private static WebPanel webPanel(Element e) {
        String key = attribute(e, "key", "web-panel");
        String provider = children(e, "context-provider").stream().map(p -> p.getAttribute("class")).findFirst().orElse(null);
        String view = children(e, "resource").stream()
                .filter(r -> "view".equals(r.getAttribute("name")) && "velocity".equals(r.getAttribute("type")))
                .map(r -> r.getAttribute("location")).findFirst()
                .orElseThrow(() -> new PluginLoadException("web-panel " + key + " has no velocity view resource"));
        String label = children(e, "label").stream().map(l -> l.getAttribute("key")).filter(k -> !k.isEmpty()).findFirst().orElse(null);
        return new WebPanel(key, attribute(e, "location", "web-panel " + key), weight(e), provider, view, label);
    }

    private static WebItem webItem(Element e) {
        String key = attribute(e, "key", "web-item");
        Element label = required(e, "label", "web-item " + key);
        Element link = required(e, "link", "web-item " + key);
        List<Element> conditions = children(e, "condition");
        String condition = conditions.isEmpty() ? null : attribute(conditions.get(0), "class", "web-item " + key + " condition");
        Map<String, String> params = new LinkedHashMap<>();
        if (!conditions.isEmpty()) {
            children(conditions.get(0), "param").forEach(p -> params.put(attribute(p, "name", "web-item " + key + " condition param"),
                    p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().strip()));
        }
        return new WebItem(key, attribute(e, "section", "web-item " + key), weight(e),
                attribute(label, "key", "web-item " + key + " label"), text(link), link.getAttribute("linkId"), condition,
                Map.copyOf(params));
    }

    private static WebResource webResource(Element e) {
        String key = attribute(e, "key", "web-resource");
        List<Resource> resources = children(e, "resource").stream()
                .filter(r -> "download".equals(r.getAttribute("type")))
                .map(r -> new Resource(r.getAttribute("name"), r.getAttribute("location")))
                .toList();
        boolean jsI18n = children(e, "transformation").stream()
                .flatMap(t -> children(t, "transformer").stream())
                .anyMatch(t -> "jsI18n".equals(t.getAttribute("key")));
        return new WebResource(key, children(e, "dependency").stream().map(PluginDescriptor::text).toList(), resources, jsI18n,
                children(e, "context").stream().map(PluginDescriptor::text).toList());
    }

    private static int weight(Element e) {
        String weight = e.getAttribute("weight");
        return weight.isEmpty() ? 100 : Integer.parseInt(weight);
    }

    private static Element required(Element parent, String tag, String where) {
        List<Element> found = children(parent, tag);
        if (found.isEmpty()) {
            throw new PluginLoadException(where + ": missing <" + tag + ">");
        }
        return found.get(0);
    }

    private static String attribute(Element e, String name, String where) {
        String value = e.getAttribute(name);
        if (value.isBlank()) {
            throw new PluginLoadException(where + ": missing attribute '" + name + "'");
        }
        return value;
    }

    private static String text(Element e) {
        return e.getTextContent().trim();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element child && child.getTagName().equals(tag)) {
                result.add(child);
            }
        }
        return result;
    }
}
