package org.evwb.ui.project;

/** A value typed into a table cell, property editor or parameter form that was refused; the message says why. */
public final class FieldValueException extends Exception {
    private static final long serialVersionUID = 1L;

    public FieldValueException(String message) {
        super(message);
    }
}
