package org.rapport.standalone.velocity;

import com.atlassian.sal.api.message.I18nResolver;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.velocity.runtime.directive.Scope;

/**
 * Decides which Java methods a Velocity template may call, the way Jira 10 and Confluence 9 do.
 *
 * <p>A call is permitted when one of these holds:
 * <ol>
 *   <li>it is a JDK value-type method: declared on {@link String}, a boxed primitive or
 *       {@link Boolean}/{@link Character}; a method of {@link Map}, {@link Map.Entry}, {@link List},
 *       {@link Collection}, {@link Set} or {@link Iterator} on an object implementing that interface
 *       (arrays count as lists, because Velocity lets templates call list methods on them); or
 *       {@code name()}/{@code toString()} on an enum constant;</li>
 *   <li>it is a method of {@link I18nResolver} on an {@code I18nResolver} (the {@code $i18n} object);</li>
 *   <li>it is an accessor of Velocity's own loop scope ({@code $foreach.index}, {@code $foreach.hasNext},
 *       ...): the engine creates those objects, so no plugin allowlist could name them;</li>
 *   <li>{@code type#name(paramTypes)} is in the plugin's {@code <velocity-allowlist>} entries for the
 *       object's runtime class or any of its superclasses or interfaces.</li>
 * </ol>
 * Everything else, notably {@code Object#getClass()}, is refused.
 */
final class MethodAllowlist {

    /** {@code fully.qualified.Type#method(param.Type,int)}: the format of a {@code <velocity-allowlist>} entry. */
    private static final Pattern ENTRY = Pattern.compile("[\\w.$]+#[\\w$]+\\(([\\w.$\\[\\]]+(,[\\w.$\\[\\]]+)*)?\\)");

    private static final Set<Class<?>> VALUE_TYPES = Set.of(
            String.class, Boolean.class, Character.class,
            Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class);

    private static final List<Class<?>> COLLECTION_TYPES = List.of(
            Map.class, Map.Entry.class, List.class, Collection.class, Set.class, Iterator.class);

    private final Set<String> entries;

    /**
     * @param entries {@code <velocity-allowlist>} entries; whitespace inside an entry is ignored
     * @throws IllegalArgumentException if an entry is not of the form {@code type#method(paramTypes)}
     */
    MethodAllowlist(Set<String> entries) {
        Set<String> normalised = new HashSet<>();
        for (String entry : entries) {
            String compact = Objects.requireNonNull(entry, "allowlist entry").replaceAll("\\s+", "");
            if (!ENTRY.matcher(compact).matches()) {
                throw new IllegalArgumentException("Velocity allowlist entry '" + entry
                        + "' is not of the form fully.qualified.Class#method(paramTypes)");
            }
            normalised.add(compact);
        }
        this.entries = Set.copyOf(normalised);
    }

    /** Whether a template may invoke {@code method}, as resolved by Velocity, on {@code target}. */
    boolean permits(Object target, Method method) {
        String name = method.getName();
        Class<?>[] params = method.getParameterTypes();
        return isValueTypeMethod(target, method)
                || target instanceof I18nResolver && declaresInstanceMethod(I18nResolver.class, name, params)
                || target instanceof Scope && Scope.class.isAssignableFrom(method.getDeclaringClass())
                || typesOf(target.getClass()).stream().anyMatch(type -> entries.contains(signature(type, name, params)));
    }

    /** The allowlist entry that would permit calling {@code method} on {@code target}; used in error messages. */
    static String signature(Object target, Method method) {
        return signature(target.getClass(), method.getName(), method.getParameterTypes());
    }

    private static String signature(Class<?> type, String name, Class<?>[] params) {
        return type.getTypeName() + "#" + name
                + Arrays.stream(params).map(Class::getTypeName).collect(Collectors.joining(",", "(", ")"));
    }

    private static boolean isValueTypeMethod(Object target, Method method) {
        String name = method.getName();
        Class<?>[] params = method.getParameterTypes();
        if (VALUE_TYPES.contains(method.getDeclaringClass())) {
            return true;
        }
        if (target instanceof Enum<?>) {
            return params.length == 0 && (name.equals("name") || name.equals("toString"));
        }
        // Velocity resolves e.g. $list.size() to ArrayList.size(), so compare against the interface's
        // methods rather than the declaring class: implementation-only methods stay refused.
        for (Class<?> type : COLLECTION_TYPES) {
            boolean implementsType = type.isInstance(target) || type == List.class && target.getClass().isArray();
            if (implementsType && declaresInstanceMethod(type, name, params)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresInstanceMethod(Class<?> type, String name, Class<?>[] params) {
        try {
            return !Modifier.isStatic(type.getMethod(name, params).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The class itself, its superclasses and every interface any of them implements. */
    private static Set<Class<?>> typesOf(Class<?> type) {
        Set<Class<?>> types = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (types.add(next)) {
                if (next.getSuperclass() != null) {
                    pending.add(next.getSuperclass());
                }
                pending.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return types;
    }
}
