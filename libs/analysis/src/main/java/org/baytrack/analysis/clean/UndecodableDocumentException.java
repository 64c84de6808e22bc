package org.baytrack.analysis.clean;

/** The bytes are not text in any encoding we read (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5). */
public class UndecodableDocumentException extends RuntimeException {
    public UndecodableDocumentException(String message) {
        super(message);
    }
}
