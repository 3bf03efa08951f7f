package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader and an editor in a real browser, over the demo's data: home, Broxtowe, its January 2025 event, review. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    private static DemoData demo;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start();
        demo = DemoData.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    @Test
    @Order(1)
    void followsBroxtoweFromHomeToItsJanuaryEventAndBackInTime() throws Exception {
        driver.get(demo.url("/"));
        assertThat(text("table.events")).contains("Broxtowe Borough Council").contains("Pendle Borough Council");
        assertThat(driver.findElements(By.cssSelector("svg.flows path.band"))).isNotEmpty();
        Browser.screenshot(driver, "home", 1280);
        driver.findElement(By.linkText("Broxtowe Borough Council")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Broxtowe Borough Council"));
        assertThat(driver.findElements(By.cssSelector("svg.hemicycle circle"))).hasSize(44);
        WebElement january = driver.findElements(By.cssSelector("ol.timeline li")).stream()
                .filter(li -> li.getText().startsWith("2 January 2025")).findFirst().orElseThrow();
        january.findElement(By.tagName("a")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Defection on Broxtowe Borough Council"));
        assertThat(text("dd.when")).isEqualTo("2 January 2025");
        assertThat(text("dd.move")).isEqualTo("Labour → Independent (Broxtowe Independents)");
        assertThat(text("dd.count")).isEqualTo("20");
        assertThat(text("dd.people")).isEqualTo("Milan Radulovic");
        assertThat(driver.findElements(By.cssSelector("article.source"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("article.source mark")).get(0).getText())
                .startsWith("Twenty Labour councillors");
        assertThat(text("table.history")).contains("accept");
        Browser.screenshot(driver, "event", 1280);

        driver.findElement(By.linkText("Broxtowe Borough Council")).click();
        wait.until(ExpectedConditions.urlContains("at=2025-01-02"));
        assertThat(text(".control .verdict")).startsWith("No overall control; largest bloc Broxtowe Independents");
        Browser.screenshot(driver, "body", 1280);
        Browser.screenshot(driver, "body-phone", 390);

        WebElement picker = driver.findElement(By.id("at"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = '2024-02-01'; arguments[0].dispatchEvent(new Event('change'));", picker);
        wait.until(ExpectedConditions.urlContains("at=2024-02-01"));
        assertThat(text(".control .verdict")).isEqualTo("Labour majority (26 of 44)");
        assertThat(text(".control")).contains("23 seats needed for a majority");
    }

    @Test
    @Order(2)
    void searchForgivesMisspelling() throws Exception {
        driver.get(demo.url("/"));
        WebElement box = driver.findElement(By.cssSelector("nav input[name=q]"));
        box.sendKeys("Radulovik");
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search"));
        assertThat(text("main")).contains("Milan Radulovic");
        driver.findElement(By.id("q")).clear();
        driver.findElement(By.id("q")).sendKeys("pendel\n");
        wait.until(ExpectedConditions.urlContains("q=pendel"));
        assertThat(text("main")).contains("Pendle Borough Council");
        Browser.screenshot(driver, "search", 1280);
    }

    @Test
    @Order(3)
    void anEditorLogsInAndAcceptsTheDoubtfulClaim() throws Exception {
        driver.get(demo.url("/"));
        driver.findElement(By.linkText("Review")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        Browser.screenshot(driver, "login", 1280);
        driver.findElement(By.id("user")).sendKeys(DemoData.EDITOR);
        driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        driver.findElement(By.id("login")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Review queue"));
        List<WebElement> claims = driver.findElements(By.cssSelector("article.claim"));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).getText()).contains("Eve " + DemoData.SCRIPT);
        Browser.screenshot(driver, "review", 1280);
        claims.get(0).findElement(By.cssSelector("button.accept")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Nothing waits for review."));
    }
}
