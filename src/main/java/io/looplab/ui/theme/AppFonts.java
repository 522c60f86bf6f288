package io.looplab.ui.theme;

import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * Picks the fonts: a legible sans and monospace for Latin text, and a CJK-capable family that
 * text containing Chinese, Japanese or Korean prefers (on Linux, fonts-wqy-zenhei), so that a
 * scenario printing 你好 shows glyphs, not boxes, whatever the platform's fallback does.
 */
public final class AppFonts {
    private static final List<String> SANS = List.of("DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue");
    private static final List<String> MONO = List.of("DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo");
    private static final List<String> CJK = List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
            "Microsoft YaHei", "PingFang SC", "Droid Sans Fallback");
    private static final List<String> CJK_MONO = List.of("Noto Sans Mono CJK SC", "WenQuanYi Zen Hei Mono");

    private static AppFonts instance;

    private final String sans;
    private final String mono;
    private final String cjk;
    private final String cjkMono;

    private AppFonts(Set<String> installed) {
        sans = first(installed, SANS, "System");
        mono = first(installed, MONO, "Monospaced");
        cjk = first(installed, CJK, sans);
        cjkMono = first(installed, CJK_MONO, cjk);
    }

    public static synchronized AppFonts get() {
        if (instance == null) {
            instance = new AppFonts(Set.copyOf(Font.getFamilies()));
        }
        return instance;
    }

    public String sans() {
        return sans;
    }

    public String mono() {
        return mono;
    }

    public String cjk() {
        return cjk;
    }

    public String cjkMono() {
        return cjkMono;
    }

    /** Whether a text needs the CJK font: it holds Han, kana or Hangul, or full-width forms. */
    public static boolean needsCjk(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String first(Set<String> installed, List<String> wanted, String otherwise) {
        return wanted.stream().filter(installed::contains).findFirst().orElse(otherwise);
    }
}
