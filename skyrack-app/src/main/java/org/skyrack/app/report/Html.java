package org.skyrack.app.report;

/** Escaping for text that came from a user or a file, into HTML text, attributes and script blocks. */
final class Html {

    private Html() {
    }

    /** {@code s} as HTML text or a quoted attribute value: {@code & < > " '} become entities; null is empty. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * JSON text made safe inside {@code <script type="application/json">}: {@code <}, {@code >} and
     * {@code &} (which JSON only allows inside strings) become {@code \u003c}, {@code \u003e},
     * {@code \u0026}, so neither {@code </script>} nor {@code <!--} can appear; U+2028/U+2029 are
     * escaped too. {@code JSON.parse} reads the same value back.
     */
    static String jsonInScript(String json) {
        StringBuilder b = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Script source made safe inside an inline {@code <script>}: any {@code </script} is written
     * {@code <\/script}, which means the same inside a JavaScript string or regular expression.
     */
    static String inlineScript(String js) {
        return js.replaceAll("(?i)</(script)", "<\\\\/$1");
    }
}
