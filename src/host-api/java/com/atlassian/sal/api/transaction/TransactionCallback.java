package com.atlassian.sal.api.transaction;

/** Compile-time stand-in (SAL). */
public interface TransactionCallback<T> {
    T doInTransaction();
}
