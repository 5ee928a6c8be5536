package org.telerad.shared.testing;

import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;

/**
 * One bean, as CDI would resolve it for an {@code Instance<T>} injection point; the supplier is asked on every
 * {@link #get()}, so a test may swap the bean between calls.
 */
public record OneInstance<T>(Supplier<T> bean) implements Instance<T> {

    public static <T> OneInstance<T> of(T bean) {
        return new OneInstance<>(() -> bean);
    }

    public static <T> OneInstance<T> supplied(Supplier<T> bean) {
        return new OneInstance<>(bean);
    }

    @Override
    public T get() {
        return bean.get();
    }

    @Override
    public boolean isUnsatisfied() {
        return false;
    }

    @Override
    public boolean isAmbiguous() {
        return false;
    }

    @Override
    public Iterator<T> iterator() {
        return List.of(bean.get()).iterator();
    }

    @Override
    public Instance<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void destroy(T instance) {
    }

    @Override
    public Handle<T> getHandle() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<T>> handles() {
        throw new UnsupportedOperationException();
    }
}
