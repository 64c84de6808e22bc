package org.baytrack.analysis.script;

/** Which Chinese script a document is written in; null stands for "not Chinese". */
public enum ChineseScript {
    HANT("hant"), HANS("hans");

    private final String code;

    ChineseScript(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
