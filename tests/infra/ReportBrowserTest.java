package infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lib.Artifact;
import lib.Claim;
import lib.Claims;
import lib.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * paper-checks/quick/report.html of the current `make quick`, opened in headless Chromium (Debian's chromium and
 * chromium-driver, Selenium WebDriver): every claim row shows the computed value and verdict of its stage's
 * checks.csv; every figure loads and is the file the run wrote; the links from a claim to its figure and to its
 * registry row lead there, and the registry row holds the registry's numbers; the filter leaves only the refuted and
 * inconclusive claims. A screenshot goes to target/infra/browser/report.png (kept by CI).
 */
@Tag("browser")
class ReportBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path DIR = Infra.ROOT.resolve("browser");
    static final Path DATA = Path.of("data/quick");
    static final Path FIGURES = Path.of("figures/quick");
    static final Path REPORT = Path.of("paper-checks/quick/report.html");
    static ChromeDriver driver;

    static boolean available() { return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER); }

    /** Each test is skipped (or fails, when required) on its own, so that Surefire counts and names the skips. */
    @BeforeEach
    void needsChromium() {
        Infra.require("browser", available(), "no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    }

    @BeforeAll
    static void openTheReport() throws Exception {
        if (!available()) return;
        Infra.deleteTree(DIR);
        Files.createDirectories(DIR);
        // the current run (make reruns only what is out of date; the report is always written again)
        assertEquals(0, Infra.run(Path.of("."), Map.of(), DIR.resolve("make.log"), 30, "make", "--no-print-directory", "quick"),
                "make quick: see " + DIR.resolve("make.log"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(DIR.resolve("profile")).toAbsolutePath(), "--window-size=1300,1600");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(DIR.resolve("chromedriver.log").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.get(REPORT.toAbsolutePath().toUri().toString());
    }

    @AfterAll
    static void close() {
        if (driver != null) driver.quit();
    }

    static Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    static List<String> stages() throws Exception {
        try (Stream<Path> s = Files.list(DATA)) {
            return s.filter(d -> Files.exists(d.resolve("checks.csv"))).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyClaimRowShowsTheComputedValueAndVerdictOfChecksCsv() throws Exception {
        int rows = 0;
        for (String stage : stages()) {
            Table t = Artifact.read(DATA.resolve(stage).resolve("checks.csv"), Claims.CHECKS);
            for (int i = 0; i < t.rows(); i++, rows++) {
                String claim = t.text(i, "claim");
                WebElement tr = driver.findElement(By.id("claim-" + stage + "-" + claim));
                String where = stage + "/" + claim;
                assertEquals(t.text(i, "verdict"), tr.getAttribute("data-verdict"), where);
                assertEquals(t.text(i, "verdict"), tr.findElement(By.cssSelector("td.verdict")).getText(), where);
                WebElement computed = tr.findElement(By.cssSelector("td.computed"));
                String observed = t.text(i, "observed");
                assertEquals(observed, computed.getAttribute("data-value"), where + ": the exact value");
                if (observed.isEmpty()) {
                    assertEquals("", computed.getText().strip(), where);
                } else {
                    // the shown value is the recorded one to its printed digits (4 or 6 significant)
                    double v = Double.parseDouble(observed);
                    double shown = Double.parseDouble(computed.getText().strip());
                    assertTrue(Math.abs(shown - v) <= 5e-4 * Math.abs(v) + 1e-300, where + ": shows " + shown + " for " + v);
                }
            }
        }
        assertEquals(rows, ((Number) js("return document.querySelectorAll('tr.claim').length")).intValue(), "one row per claim");
        assertTrue(rows > 50, rows + " claims");
    }

    @Test
    void everyFigureLoadsAndIsTheFileThisRunWrote() throws Exception {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> images = (List<Map<String, Object>>) js("return Array.from(document.images).map(i => "
                + "({file: i.dataset.file, sha: i.dataset.sha256, w: i.naturalWidth, h: i.naturalHeight, done: i.complete}))");
        Map<String, String> shown = new HashMap<>();
        for (Map<String, Object> img : images) {
            String file = (String) img.get("file");
            assertTrue((Boolean) img.get("done") && ((Number) img.get("w")).intValue() > 0 && ((Number) img.get("h")).intValue() > 0,
                    file + " loads with a natural size: " + img);
            shown.put(file, (String) img.get("sha"));
        }
        int svgs = 0;
        for (String stage : stages()) {
            Path dir = FIGURES.resolve(stage);
            if (!Files.isDirectory(dir)) continue;
            long checks = Files.getLastModifiedTime(DATA.resolve(stage).resolve("checks.csv")).toMillis();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path svg : s.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                    svgs++;
                    assertTrue(shown.containsKey(svg.toString()), svg + " is on the page");
                    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(svg)));
                    assertEquals(sha, shown.get(svg.toString()), svg + ": the page embeds the file on disk");
                    // figures are drawn after the claims are checked: a figure older than checks.csv is a stale one
                    assertTrue(Files.getLastModifiedTime(svg).toMillis() >= checks, svg + " is older than its stage's checks.csv");
                }
            }
        }
        assertEquals(svgs, images.size(), "every figure once");
        assertTrue(svgs >= 10, svgs + " figures");
    }

    @Test
    void aClaimLinksToItsFigureAndToItsRegistryRow() throws Exception {
        // every link on the page leads to an element of the page
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) js("return Array.from(document.querySelectorAll('a[href^=\"#\"]'))"
                + ".map(a => a.getAttribute('href')).filter(h => !document.getElementById(h.substring(1)))");
        assertEquals(List.of(), broken, "links without a target");
        long withFigure = (Long) js("return document.querySelectorAll('tr.claim a.figure').length");
        assertTrue(withFigure > 50, withFigure + " claim rows link to a figure");
        // follow both links of one claim, as a reader clicks them
        String stage = "gd-moments";
        String claim = "fig8-mean";
        WebElement row = driver.findElement(By.id("claim-" + stage + "-" + claim));
        row.findElement(By.cssSelector("a.figure")).click();
        WebElement figure = driver.findElement(By.id("figure-" + stage + "-figure8"));
        assertTrue(driver.getCurrentUrl().endsWith("#figure-" + stage + "-figure8"), driver.getCurrentUrl());
        assertTrue(figure.isDisplayed());
        assertTrue(inViewport(figure), "the figure is scrolled into view");
        js("arguments[0].scrollIntoView({block: 'center'})", row);   // back to the claim, as a reader scrolls
        row.findElement(By.cssSelector("a.registry")).click();
        WebElement reg = driver.findElement(By.id("registry-" + stage + "-" + claim));
        assertTrue(reg.isDisplayed(), "the registry row is shown (its details open on the link)");
        assertTrue(inViewport(reg), "the registry row is scrolled into view");
        // the registry row holds the registry's own numbers
        Claim c = Claims.load(Path.of("paper-checks").resolve(stage + ".csv"), "quick").claim(claim);
        assertEquals(Double.toString(c.expected()), reg.findElement(By.cssSelector("td.expected")).getAttribute("data-value"));
        assertEquals(Double.toString(c.tolerance()), reg.findElement(By.cssSelector("td.tolerance")).getAttribute("data-value"));
    }

    static boolean inViewport(WebElement e) {
        return (Boolean) js("const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", e);
    }

    @Test
    void theFilterLeavesOnlyRefutedAndInconclusiveClaims() throws Exception {
        long open = 0;
        for (String stage : stages()) {
            Table t = Artifact.read(DATA.resolve(stage).resolve("checks.csv"), Claims.CHECKS);
            for (int i = 0; i < t.rows(); i++) if (!t.text(i, "verdict").equals("reproduced")) open++;
        }
        String visible = "return Array.from(document.querySelectorAll('tr.claim')).filter(r => r.offsetParent !== null)";
        long all = (Long) js(visible + ".length");
        WebElement box = driver.findElement(By.id("open-only"));
        box.click();
        try {
            assertEquals(open, (Long) js(visible + ".length"), "claim rows shown by the filter");
            @SuppressWarnings("unchecked")
            List<String> verdicts = (List<String>) js(visible + ".map(r => r.dataset.verdict)");
            assertFalse(verdicts.contains("reproduced"));
            assertTrue(open > 0 && open < all, open + " of " + all);
            driver.executeScript("window.scrollTo(0, 0)");
            Files.write(DIR.resolve("report-filtered.png"), driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            box.click();
        }
        assertEquals(all, (Long) js(visible + ".length"), "unchecked again: every claim");
        driver.executeScript("window.scrollTo(0, 0)");
        Files.write(DIR.resolve("report.png"), driver.getScreenshotAs(OutputType.BYTES));
        assertTrue(new File(DIR.resolve("report.png").toString()).length() > 10_000);
    }
}
