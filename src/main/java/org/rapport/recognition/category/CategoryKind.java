package org.rapport.recognition.category;

/** What a category celebrates. */
public enum CategoryKind {
    /** A value the organisation lives by, such as teamwork or customer focus. */
    VALUE,
    /** A moment worth celebrating, such as a work anniversary, a certification or a launch. */
    MILESTONE
}
