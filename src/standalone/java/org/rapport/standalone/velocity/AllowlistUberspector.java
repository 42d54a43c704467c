package org.rapport.standalone.velocity;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;

import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.MapSetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.runtime.parser.node.PutExecutor;
import org.apache.velocity.runtime.parser.node.SetExecutor;
import org.apache.velocity.runtime.parser.node.SetPropertyExecutor;
import org.apache.velocity.util.ArrayListWrapper;
import org.apache.velocity.util.StringUtils;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity introspector that lets templates call only the methods a {@link MethodAllowlist} permits,
 * as Jira 10 and Confluence 9 do with their {@code <velocity-allowlist>} plugin modules.
 *
 * <p>It extends {@link SecureUberspector} (itself an {@code UberspectImpl}) so Velocity's own blocklist
 * ({@code introspector.restrict.classes/packages}: Class, ClassLoader, Runtime, reflection, ...) still
 * applies underneath, even to a method a plugin put on its allowlist.
 *
 * <p>A refused call fails with a {@link VelocityException} that names the missing allowlist entry, rather
 * than returning {@code null}: Velocity would turn {@code null} into a "does not contain method" error,
 * which sends the developer looking for a typo instead of the allowlist.
 *
 * <p>Velocity creates uberspectors by class name, so this class is public with a no-argument constructor
 * and receives its {@link MethodAllowlist} as the application attribute {@link #ALLOWLIST_ATTRIBUTE}.
 */
public final class AllowlistUberspector extends SecureUberspector {

    /** Application attribute of the engine that holds the {@link MethodAllowlist}. */
    static final String ALLOWLIST_ATTRIBUTE = AllowlistUberspector.class.getName() + ".allowlist";

    private MethodAllowlist allowlist;

    @Override
    public void init() {
        super.init();
        allowlist = (MethodAllowlist) rsvc.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
        if (allowlist == null) {
            throw new VelocityException(getClass().getName() + " needs the application attribute " + ALLOWLIST_ATTRIBUTE);
        }
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method != null) {
            requirePermitted(obj, method.getMethod(), info);
        }
        return method;
    }

    /**
     * Resolves {@code $obj.identifier} exactly like {@link org.apache.velocity.util.introspection.UberspectImpl}
     * (getIdentifier(), Map.get, get("identifier"), isIdentifier(), list accessors on arrays) and then checks
     * the method found. The lookup is repeated here because {@code VelGetterImpl} hides its executor, and with
     * it the resolved {@link Method}.
     */
    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, identifier);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, obj, identifier);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive() && type.isArray()) {
            executor = new BooleanPropertyExecutor(log, introspector, ArrayListWrapper.class, identifier, true);
        }
        if (!executor.isAlive()) {
            return null;
        }
        requirePermitted(obj, executor.getMethod(), info);
        return new VelGetterImpl(executor);
    }

    /** Resolves {@code #set($obj.identifier = ...)} like {@code UberspectImpl}; setters are method calls too. */
    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        SetExecutor executor = new SetPropertyExecutor(log, introspector, type, identifier, arg);
        if (!executor.isAlive()) {
            executor = new MapSetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new PutExecutor(log, introspector, type, arg, identifier);
        }
        if (!executor.isAlive()) {
            return null;
        }
        requirePermitted(obj, executor.getMethod(), info);
        return new VelSetterImpl(executor);
    }

    /**
     * {@code #foreach} over arrays and JDK collections, maps (their values), iterators and enumerations
     * is always allowed. For any other object Velocity would call its {@code iterator()} method
     * reflectively, so that call needs an allowlist entry like every other.
     */
    @Override
    public Iterator<?> getIterator(Object obj, Info info) {
        if (obj != null && !isJdkIterable(obj)) {
            try {
                requirePermitted(obj, obj.getClass().getMethod("iterator"), info);
            } catch (NoSuchMethodException notIterable) {
                // Nothing to check: Velocity reports that it cannot iterate over the object.
            }
        }
        return super.getIterator(obj, info);
    }

    private static boolean isJdkIterable(Object obj) {
        return obj.getClass().isArray() || obj instanceof Collection || obj instanceof Map
                || obj instanceof Iterator || obj instanceof Enumeration;
    }

    private void requirePermitted(Object target, Method method, Info info) {
        if (!allowlist.permits(target, method)) {
            throw new VelocityException("Template may not call " + MethodAllowlist.signature(target, method)
                    + " at " + StringUtils.formatFileString(info)
                    + ": it is not on the plugin's <velocity-allowlist>", null, rsvc.getLogContext().getStackTrace());
        }
    }
}
