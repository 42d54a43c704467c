package org.rapport.privacy;

/**
 * How a person's data is erased. {@code DELETE} removes what they gave (with its reactions,
 * comments, reports and notifications) and takes them off what they received (a recognition left
 * without recipients goes too). {@code ANONYMISE} keeps the content but puts the fixed anonymous
 * marker where their key was. Both remove their own reactions, reports and notifications.
 */
public enum ErasureMode {
    DELETE, ANONYMISE
}
