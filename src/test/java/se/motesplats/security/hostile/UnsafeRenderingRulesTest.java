package se.motesplats.security.hostile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Where text could become markup or code, by construction rather than by payload: no view hands text
 * to {@code Html}, {@code innerHTML} or a string of JavaScript; the few places that write HTML or call
 * JavaScript are listed here with the reason they are safe, and anything new must be reviewed and
 * added. Vaadin's components put text into the page as text nodes and properties, which is what makes
 * the rest of the views safe (the browser test checks a sample of that).
 */
class UnsafeRenderingRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.motesplats");
    private static final Path JAVA_SOURCES = Path.of("src", "main", "java");
    private static final Path FRONTEND = Path.of("frontend");

    /** Classes that call JavaScript from Java, and why that is safe: the code is constant, values go in as $0, $1. */
    private static final Map<String, String> JAVASCRIPT_CALLERS = Map.of(
            "se.motesplats.activity.ui.ReadAloudButton", "constant text blocks; the activity's text is passed as $0",
            "se.motesplats.activity.ui.ActivityListView", "one constant text block asking for the position; no values go in",
            "se.motesplats.activity.ui.ActivityDetailView", "a constant text block (SHARE); the activity's title is passed as $0",
            "se.motesplats.shared.ui.MainLayout", "a constant (FORGET_ROLL_CALLS) with no values at all");
    /** Java sources that write HTML themselves, and why that is safe. */
    private static final Map<String, String> HTML_WRITERS = Map.of(
            "se/motesplats/notification/EmailService.java", "every paragraph and the subject through HtmlUtils.htmlEscape (HostileInputModuleTest, HostileMailHeadersTest)",
            "se/motesplats/shared/OfflinePage.java", "translations only, each through escape(); no one's text",
            "se/motesplats/shared/ui/QrCodeImage.java", "an SVG of numbers (the code's modules) as a base64 data address; the text is only encoded in the code",
            "se/motesplats/activity/ui/ActivityStructuredData.java", "schema.org JSON in a script element (HostileInputModuleTest checks the page)",
            "se/motesplats/shared/ui/FirstPaint.java", "a constant script (START_AT_FIRST_TOUCH) into Vaadin's own entry element; the entry address in an attribute through jsoup");

    private static final Set<String> SCANNED = new TreeSet<>();
    private static int rules;

    @Test
    void noViewHandsTextToHtmlOrToRichTextComponents() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.html.IFrame")
                .orShould().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component.richtexteditor..",
                        "com.vaadin.flow.component.markdown..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.data.renderer.LitRenderer")
                .because("Html, an iframe's srcdoc, rich text and Lit templates turn strings into markup: text from people must"
                        + " reach the page as text (a component's text, a property), and any rich text needs a sanitiser first")
                .check(MAIN);
        rules++;
    }

    @Test
    void onlyListedClassesCallJavaScriptAndNoneBuildsItFromStrings() {
        Set<String> callers = new TreeSet<>();
        MAIN.forEach(javaClass -> javaClass.getMethodCallsFromSelf().stream()
                .filter(UnsafeRenderingRulesTest::callsJavaScript)
                .forEach(call -> callers.add(call.getOriginOwner().getName().replaceAll("\\$.*", ""))));
        assertThat(callers).as("classes calling executeJs/callJsFunction (review one before adding it: code constant, values as $n)")
                .isSubsetOf(JAVASCRIPT_CALLERS.keySet());
        for (String caller : callers) {
            String source = read(JAVA_SOURCES.resolve(caller.replace('.', '/') + ".java"));
            for (String firstArgument : firstArguments(source, "executeJs(", "callJsFunction(")) {
                assertThat(firstArgument.strip()).as(caller + ": the code given to executeJs is a constant, never built from values")
                        .matches("(?s)(\"\"\".*\"\"\"|\"[^\"+]*\"|[A-Z][A-Z0-9_]*)");
            }
        }
        rules++;
    }

    @Test
    void noJavaSourceSetsInnerHtmlOrWritesHtmlOutsideTheListedPlaces() {
        List<String> problems = new ArrayList<>();
        Pattern dangerous = Pattern.compile("\"(innerHTML|outerHTML)\"|insertAdjacentHTML|new Html\\(|setAttribute\\(\"on|\\.html\\([^)]");
        // markup in code (string literals and text blocks), comments left out: Javadoc has its own <p>
        Pattern htmlLiteral = Pattern.compile("<(p|div|span|a|img|script|html|body|br|h[1-6]|section|button|iframe|svg|rect|path|style)[\\s>/]");
        Set<String> writers = new TreeSet<>();
        javaSources().forEach(file -> {
            String relative = JAVA_SOURCES.relativize(file).toString().replace('\\', '/');
            SCANNED.add(relative);
            String source = read(file);
            Matcher found = dangerous.matcher(source);
            while (found.find()) {
                problems.add(relative + ": " + found.group());
            }
            String code = withoutComments(source);
            if (htmlLiteral.matcher(code).find() || code.contains("appendElement(\"script\")") || code.contains("DataNode(")) {
                writers.add(relative);
            }
        });
        assertThat(problems).as("innerHTML, Html and inline handlers in Java sources").isEmpty();
        assertThat(writers).as("Java sources that write HTML themselves (review one before adding it)")
                .isSubsetOf(HTML_WRITERS.keySet());
        rules += 2;
    }

    @Test
    void theClientSideCodeSetsTextNotMarkup() {
        List<String> problems = new ArrayList<>();
        Pattern dangerous = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(|unsafeHTML"
                + "|setAttribute\\(['\"]on|\\.srcdoc|setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment");
        frontendSources().forEach(file -> {
            String relative = FRONTEND.relativize(file).toString().replace('\\', '/');
            SCANNED.add("frontend/" + relative);
            Matcher found = dangerous.matcher(read(file));
            while (found.find()) {
                problems.add(relative + ": " + found.group());
            }
        });
        assertThat(problems).as("the roll call and service worker draw text with textContent, never as markup").isEmpty();
        // the one page built as a string (the offline copy of a roll call): every value in it goes through escape()
        String store = read(FRONTEND.resolve("roll-call/store.ts"));
        int start = store.indexOf("export function shellHtml");
        assertThat(start).as("shellHtml in roll-call/store.ts").isNotNegative();
        String shell = store.substring(start, store.indexOf("\n}\n", start));
        Matcher value = Pattern.compile("\\$\\{([^}]*)}").matcher(shell);
        List<String> values = new ArrayList<>();
        while (value.find()) {
            values.add(value.group(1).strip());
        }
        assertThat(values).as("values written into the offline roll call's HTML").isNotEmpty()
                .allSatisfy(written -> assertThat(written).matches("escape\\(.*\\)|data\\.meeting\\.meetingId"));
        rules += 2;
    }

    /** The scanner's own positive control: the shapes it must reject, it rejects. */
    @Test
    void theScannerCatchesWhatItLooksFor() {
        String constant = "(?s)(\"\"\".*\"\"\"|\"[^\"+]*\"|[A-Z][A-Z0-9_]*)";
        assertThat(firstArguments("getElement().executeJs(\"el.title = '\" + title + \"'\", x);", "executeJs(").getFirst().strip())
                .doesNotMatch(constant);
        assertThat(firstArguments("page.executeJs(script, name);", "executeJs(").getFirst().strip()).doesNotMatch(constant);
        assertThat(firstArguments("getElement().executeJs(\"\"\"\n  a($0, (b) => c);\n  \"\"\", name);", "executeJs(").getFirst().strip())
                .matches(constant);
        assertThat(firstArguments("getElement().executeJs(FORGET_ROLL_CALLS).then(x)", "executeJs(")).containsExactly("FORGET_ROLL_CALLS");
        assertThat(withoutComments("/** <p>docs</p> */ String a = \"https://x\"; // <p>note\nString b = \"<p>\";"))
                .doesNotContain("docs", "note").contains("https://x", "\"<p>\"");
        rules++;
    }

    @AfterAll
    static void figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rendering.rules", rules);
        figures.put("rendering.sources-scanned", SCANNED.size());
        figures.put("rendering.javascript-callers", String.join(", ", JAVASCRIPT_CALLERS.keySet().stream().sorted().toList()));
        figures.put("rendering.html-writers", String.join(", ", HTML_WRITERS.keySet().stream().sorted().toList()));
        HostileReport.put(figures);
    }

    private static boolean callsJavaScript(JavaCall<?> call) {
        String name = call.getName();
        String owner = call.getTargetOwner().getName();
        return (name.equals("executeJs") || name.equals("callJsFunction"))
                && (owner.startsWith("com.vaadin.flow.dom.") || owner.startsWith("com.vaadin.flow.component."));
    }

    /** The first argument of every call to these methods, read up to the first comma or parenthesis outside strings. */
    static List<String> firstArguments(String source, String... calls) {
        List<String> arguments = new ArrayList<>();
        for (String call : calls) {
            for (int at = source.indexOf(call); at >= 0; at = source.indexOf(call, at + 1)) {
                int i = at + call.length();
                StringBuilder argument = new StringBuilder();
                int depth = 0;
                boolean inText = false;
                boolean textBlock = false;
                while (i < source.length()) {
                    if (source.startsWith("\"\"\"", i)) {
                        textBlock = !textBlock;
                        argument.append("\"\"\"");
                        i += 3;
                        continue;
                    }
                    char c = source.charAt(i);
                    if (!textBlock && c == '"' && (i == 0 || source.charAt(i - 1) != '\\')) {
                        inText = !inText;
                    }
                    if (!textBlock && !inText) {
                        if (c == '(') {
                            depth++;
                        } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                            break;
                        }
                    }
                    argument.append(c);
                    i++;
                }
                arguments.add(argument.toString());
            }
        }
        return arguments;
    }

    /** Java source without its block comments and line comments (a line comment starts at "//" outside an address). */
    static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)(^|[^:\"])//.*$", "$1");
    }

    private static Stream<Path> javaSources() {
        return files(JAVA_SOURCES, ".java");
    }

    private static Stream<Path> frontendSources() {
        return files(FRONTEND, ".ts", ".js").filter(file -> !file.toString().contains("generated"))
                .filter(file -> !file.toString().contains("node_modules"));
    }

    private static Stream<Path> files(Path root, String... endings) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(file -> Stream.of(endings).anyMatch(file.toString()::endsWith)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
